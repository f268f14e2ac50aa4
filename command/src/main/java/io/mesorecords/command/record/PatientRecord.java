package io.mesorecords.command.record;

import static io.mesorecords.command.record.Contraindications.assertNoContraindication;
import static io.mesorecords.command.record.Contraindications.assertScreenedRecently;
import static io.mesorecords.command.record.PatientRules.assertNotErased;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.PatientCommand;
import io.mesorecords.api.common.RecordMetadata;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.BaselineAssessment;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.course.PlanCourse;
import io.mesorecords.api.course.RecordAssessment;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.CorrectEntry;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.ErasePersonalData;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.patient.RecordConsent;
import io.mesorecords.api.patient.RecordMedicalHistory;
import io.mesorecords.api.patient.RegisterPatient;
import io.mesorecords.api.patient.WithdrawConsent;
import io.mesorecords.command.axon.PatientCommandTargetResolver;
import io.mesorecords.command.axon.RecordedAt;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One patient's record: the consistency boundary of every safety rule, so that two commands for the same patient are
 * decided one after the other. This class holds the patient-level entries (registration, screening, consent,
 * corrections, erasure, planning a course and assessing it); booking, performing and closing sessions and courses is
 * decided in {@link TreatmentHandlers}, on the state kept in {@link Treatment}.
 *
 * <p>The revision names the shape of the record's snapshot. Axon's aggregate configuration turns it into a
 * {@code RevisionSnapshotFilter} that the event store applies, so a snapshot of another shape is skipped and the record
 * is sourced from its events instead: raise it whenever a field of the record or its parts changes.
 */
@Revision("2")
@Aggregate(
        snapshotTriggerDefinition = "patientSnapshotTrigger",
        cache = "patientRecordCache",
        commandTargetResolver = "patientCommandTargetResolver")
@Snapshottable
public class PatientRecord extends TreatmentHandlers {

    private String clinicId;
    private Instant registeredAt;
    private boolean erased;
    private Consents consents = new Consents();
    private Screening screening;
    private TreeSet<String> screeningIds = new TreeSet<>();

    protected PatientRecord() {
        // Axon and the snapshot serializer create the record empty, then replay or restore it.
    }

    @CommandHandler
    public PatientRecord(RegisterPatient command, @RecordedAt Instant now) {
        LocalDate today = day(now);
        PatientRules.assertBornInThePast(command.dateOfBirth(), today);
        PatientRules.assertAgeAtMost120(command.dateOfBirth(), today);
        apply(new PatientRegistered(
                command.patientId(),
                command.clinicId(),
                command.name(),
                command.dateOfBirth(),
                command.sex(),
                command.contact()));
    }

    @CommandHandler
    public Long handle(RecordMedicalHistory command, @RecordedAt Instant now) {
        assertNotErased(erased);
        PatientRules.assertScreeningNotInFuture(command.screenedOn(), day(now));
        Scores.assertScoreOn(Scale.FITZPATRICK, command.fitzpatrick());
        Scores.assertScoreOn(Scale.GLOGAU, command.glogau());
        apply(new MedicalHistoryRecorded(
                command.patientId(),
                command.screeningId(),
                command.screenedOn(),
                command.pregnant(),
                command.breastfeeding(),
                command.allergies(),
                command.activeInfections(),
                command.conditions(),
                command.medications(),
                command.fitzpatrick(),
                command.glogau(),
                command.goals(),
                command.skinRoutine()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordConsent command) {
        assertNotErased(erased);
        apply(new ConsentRecorded(command.patientId(), command.scope(), command.givenAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(WithdrawConsent command) {
        assertNotErased(erased);
        PatientRules.assertConsentGiven(consents, command.scope());
        apply(new ConsentWithdrawn(command.patientId(), command.scope(), command.withdrawnAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(PlanCourse command, RecordRules rules, @RecordedAt Instant now) {
        assertNotErased(erased);
        assertCourseIsNew(command.courseId());
        command.baselineAssessments().forEach(baseline -> assertAssessmentIsNew(baseline.assessmentId()));
        CourseRules.assertSessionCountPlausible(command.plannedSessions());
        command.baselineAssessments().forEach(baseline -> Scores.assertValueOnScale(baseline.score()));
        // plannedOn is the client's word: the screening must be recent on the day the decision is recorded, and still
        // on the planned day when that lies ahead, so a back-dated plan cannot reach past an outdated screening.
        assertScreenedRecently(screening, day(now), rules.screeningValidityDays());
        assertScreenedRecently(screening, command.plannedOn(), rules.screeningValidityDays());
        assertNoContraindication(screening, consents, ingredientsOf(command.cocktail()), command.areas());
        apply(new CoursePlanned(
                command.patientId(),
                command.courseId(),
                command.plannedOn(),
                command.indications(),
                command.technique(),
                command.cocktail(),
                command.areas(),
                command.plannedSessions(),
                command.intervalDays()));
        // A baseline has no clock time of its own: it was taken on the day the course was planned.
        Instant takenAt = command.plannedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (BaselineAssessment baseline : command.baselineAssessments()) {
            apply(new AssessmentRecorded(
                    command.patientId(),
                    baseline.assessmentId(),
                    command.courseId(),
                    TimePoint.baseline(),
                    baseline.score(),
                    baseline.rater(),
                    takenAt));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordAssessment command) {
        assertNotErased(erased);
        assertAssessmentIsNew(command.assessmentId());
        course(command.courseId());
        Scores.assertValueOnScale(command.score());
        apply(new AssessmentRecorded(
                command.patientId(),
                command.assessmentId(),
                command.courseId(),
                command.timePoint(),
                command.score(),
                command.rater(),
                command.assessedAt()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CorrectEntry command) {
        assertNotErased(erased);
        Corrections.assertReasonGiven(command.reason());
        Corrections.assertEntryExists(command.entry(), exists(command.entry()));
        Corrections.assertOnlyCorrectableFields(
                command.entry().type(), command.correctedValues().keySet());
        apply(new EntryCorrected(command.patientId(), command.entry(), command.correctedValues(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(
            ErasePersonalData command,
            RecordRules rules,
            @RecordedAt Instant now,
            @MetaDataValue(RecordMetadata.ROLE) String role) {
        assertNotErased(erased);
        Retention.assertOverrideReasoned(command.administratorOverride(), command.overrideReason());
        Retention.assertOverrideByAdministrator(command.administratorOverride(), role);
        Instant lastTreatment = lastPerformedSession().orElse(registeredAt);
        LocalDate retentionEndsOn = Retention.retentionEndsOn(day(lastTreatment), rules.retentionYears());
        Retention.assertRetentionOver(retentionEndsOn, day(now), command.administratorOverride());
        apply(new PersonalDataErased(
                command.patientId(), retentionEndsOn, command.administratorOverride(), command.overrideReason()));
        return AggregateLifecycle.getVersion();
    }

    @Override
    protected void assertTreatable(Collection<Ingredient> ingredients, Collection<TreatmentArea> areas) {
        assertNoContraindication(screening, consents, ingredients, areas);
    }

    @Override
    protected void assertRecordOpen() {
        assertNotErased(erased);
    }

    private boolean exists(EntryReference entry) {
        String id = entry.id();
        return switch (entry.type()) {
            case PATIENT -> patientId().toString().equals(id);
            case SCREENING -> screeningIds.contains(id);
            default -> hasTreatmentEntry(entry.type(), id);
        };
    }

    private static Set<Ingredient> ingredientsOf(List<CocktailProduct> cocktail) {
        return cocktail.stream().flatMap(p -> p.ingredients().stream()).collect(Collectors.toSet());
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Every command on an existing record: a user who is not a member of the record's clinic is told the record does not
     * exist, exactly as for an unknown id. Only then is the version the client expects ({@code If-Match}) compared, so a
     * stale version reveals nothing either. The events the command causes carry the record's clinic.
     */
    @CommandHandlerInterceptor
    public Object onlyForItsClinic(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ClinicMembership.assertMemberOf(clinicId, command.getMetaData().get(RecordMetadata.ACTOR_CLINICS));
        Long expectedVersion = PatientCommandTargetResolver.expectedVersion(command.getMetaData());
        Long version = AggregateLifecycle.getVersion();
        if (expectedVersion != null && version != null && version > expectedVersion) {
            throw new ConflictingAggregateVersionException(
                    ((PatientCommand) command.getPayload()).patientId().toString(), expectedVersion, version);
        }
        String clinic = clinicId;
        CurrentUnitOfWork.get().registerCorrelationDataProvider(message -> Map.of(RecordMetadata.CLINIC_ID, clinic));
        return chain.proceed();
    }

    @EventSourcingHandler
    void on(PatientRegistered event, @Timestamp Instant recordedAt) {
        identify(event.patientId());
        this.clinicId = event.clinicId().value();
        this.registeredAt = recordedAt;
    }

    @EventSourcingHandler
    void on(MedicalHistoryRecorded event) {
        screeningIds.add(event.screeningId().toString());
        // The screening in force is the most recent one by screening date; an older one entered late does not replace
        // it.
        if (screening == null || !event.screenedOn().isBefore(screening.screenedOn())) {
            screening = new Screening(event);
        }
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consents.give(event.scope());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consents.withdraw(event.scope());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }
}
