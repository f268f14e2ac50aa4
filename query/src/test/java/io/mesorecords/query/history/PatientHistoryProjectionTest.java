package io.mesorecords.query.history;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.history.Contraindication;
import io.mesorecords.api.history.CourseHistory.CourseStatus;
import io.mesorecords.api.history.FindPatientHistoryAsOfQuery;
import io.mesorecords.api.history.FindPatientHistoryQuery;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.SessionHistory.SessionStatus;
import io.mesorecords.api.history.TimelineEntry;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.query.projection.AppliedVersions;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ReadSideTest
class PatientHistoryProjectionTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2025-03-07T09:00:00Z");

    @Autowired
    RecordedEvents given;

    @Autowired
    QueryGateway queryGateway;

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    @Autowired
    PatientHistoryProjection projection;

    @Autowired
    HistoryRepository repository;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PatientStreams streams;

    @Autowired
    AppliedVersions appliedVersions;

    private final PatientId patient = PatientId.random();
    private final CourseId course = CourseId.random();
    private final SessionId first = SessionId.random();
    private final SessionId second = SessionId.random();
    private final SessionId third = SessionId.random();
    private final ReactionId reaction = ReactionId.random();

    @Test
    void historySummarisesTheRecordAndListsEveryFactInClinicalOrder() {
        aPatientWithACompletedCourse();
        given.awaitProjections();

        PatientHistory history = current();

        assertThat(history.version()).isEqualTo(17);
        var summary = history.summary();
        assertThat(summary.name().family()).isEqualTo("Moreau");
        assertThat(summary.allergies()).containsExactly(Ingredient.VITAMIN_C);
        assertThat(summary.activeContraindications())
                .containsExactly(
                        new Contraindication(Contraindication.Kind.ALLERGY, "VITAMIN_C"),
                        new Contraindication(Contraindication.Kind.INFECTION, "NECK"));
        assertThat(summary.consents()).singleElement().satisfies(c -> {
            assertThat(c.scope()).isEqualTo(ConsentScope.PHOTOGRAPHS);
            assertThat(c.given()).isFalse();
        });
        var courseHistory = summary.courses().get(0);
        assertThat(courseHistory.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(courseHistory.plannedSessions()).isEqualTo(6);
        assertThat(courseHistory.finalClinicianGais().value()).isEqualByComparingTo("2");
        assertThat(courseHistory.sessions())
                .extracting(s -> s.status())
                .containsExactly(SessionStatus.PERFORMED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW);
        assertThat(courseHistory.sessions().get(0).startsAt()).isEqualTo(Instant.parse("2025-03-03T14:00:00Z"));
        assertThat(courseHistory.reactions()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ReactionType.ERYTHEMA);
            assertThat(r.outcome()).isEqualTo(ReactionOutcome.RESOLVED);
        });
        assertThat(courseHistory.assessments()).hasSize(1);

        // Screening dated Feb 20 sorts first although recorded on Monday; the session performed Monday 14:00 but
        // entered on Tuesday sorts by when it happened.
        assertThat(history.timeline().get(0).type()).isEqualTo("MedicalHistoryRecorded");
        assertThat(history.timeline()).extracting(TimelineEntry::occurredAt).isSorted();
        TimelineEntry performed = entry(history, "SessionPerformed");
        assertThat(performed.occurredAt()).isEqualTo(Instant.parse("2025-03-03T14:05:00Z"));
        assertThat(performed.recordedAt()).isEqualTo(TUESDAY);
        assertThat(performed.recordedBy().userId()).isEqualTo(RecordedEvents.USER);
        assertThat(performed.recordedBy().role()).isEqualTo(RecordedEvents.ROLE);
        assertThat(performed.corrections()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("depth mistyped");
            assertThat(c.correctedValues()).containsEntry("depthMm", "1.0");
        });
        assertThat(history.timeline()).extracting(TimelineEntry::type).doesNotContain("EntryCorrected");
    }

    @Test
    void theStoredDocumentTheEndpointSendsIsTheJsonItsHistoryObjectWouldBe() throws Exception {
        aPatientWithACompletedCourse();
        given.awaitProjections();
        assertTheEndpointSendsTheCurrentHistory();

        given.record(FRIDAY, new PersonalDataErased(patient, LocalDate.of(2035, 1, 1), true, "court order"));
        given.awaitProjections();
        assertTheEndpointSendsTheCurrentHistory();
    }

    /**
     * What the endpoint sends equals the history object as the application's JSON mapper (the one Spring MVC writes
     * response bodies with) writes it: sending the stored document changed no answer.
     */
    private void assertTheEndpointSendsTheCurrentHistory() throws Exception {
        PatientHistory history = current();
        MvcResult answer = http.perform(get("/patients/{id}/history", patient))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + history.version() + "\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        JsonNode sent = json.readTree(answer.getResponse().getContentAsByteArray());
        // Both sides parsed from text, so numbers compare by their written form (3.0, 2), as a client reads them.
        assertThat(sent).isEqualTo(json.readTree(json.writeValueAsString(history)));
        assertThat(sent.path("timeline").size()).isEqualTo(history.timeline().size());
    }

    @Test
    void erasureDropsNameBirthDateContactAndFreeTextButKeepsClinicalFacts() {
        aTreatedPatient();
        given.record(FRIDAY, new PersonalDataErased(patient, LocalDate.of(2035, 1, 1), true, "court order"));
        given.awaitProjections();

        PatientHistory history = current();

        var summary = history.summary();
        assertThat(summary.personalDataErased()).isTrue();
        assertThat(summary.name()).isNull();
        assertThat(summary.dateOfBirth()).isNull();
        assertThat(summary.contact()).isNull();
        assertThat(summary.currentScreening().conditions()).isNull();
        assertThat(summary.courses().get(0).sessions().get(0).notes()).isNull();
        assertThat(summary.courses().get(0).sessions().get(0).products()).isNotEmpty();
        assertThat(((PatientRegistered) entry(history, "PatientRegistered").fact()).name())
                .isNull();
        assertThat(((SessionPerformed) entry(history, "SessionPerformed").fact()).notes())
                .isNull();
        assertThat(summary.allergies()).containsExactly(Ingredient.VITAMIN_C);
    }

    @Test
    void asOfShowsTheRecordAsItStoodThenFromTheEventStore() {
        aTreatedPatient();
        given.awaitProjections();

        PatientHistory mondayEvening =
                asOf(Instant.parse("2025-03-03T18:00:00Z")).orElseThrow();

        assertThat(mondayEvening.version()).isEqualTo(7);
        assertThat(mondayEvening.timeline()).extracting(TimelineEntry::type).doesNotContain("SessionPerformed");
        assertThat(mondayEvening.summary().courses().get(0).sessions().get(0).status())
                .isEqualTo(SessionStatus.SCHEDULED);
        assertThat(asOf(MONDAY.minusSeconds(1))).isEmpty();
        assertThat(asOf(FRIDAY).orElseThrow()).isEqualTo(current());
    }

    @Test
    void asOfBeforeAnErasureStillHidesTheErasedData() {
        aTreatedPatient();
        given.record(FRIDAY, new PersonalDataErased(patient, LocalDate.of(2035, 1, 1), true, "court order"));

        PatientHistory beforeErasure = asOf(TUESDAY).orElseThrow();

        assertThat(beforeErasure.summary().name()).isNull();
        assertThat(beforeErasure.summary().personalDataErased()).isTrue();
    }

    @Test
    void aDiscontinuedCourseCancelsItsBookedSessions() {
        given.record(
                MONDAY,
                registered(patient, "Ana", "Silva"),
                coursePlanned(patient, course, LocalDate.of(2025, 3, 3)),
                scheduled(patient, course, first, Instant.parse("2025-03-10T10:00:00Z")));
        given.record(
                TUESDAY,
                new CourseDiscontinued(
                        patient,
                        course,
                        LocalDate.of(2025, 3, 4),
                        io.mesorecords.api.clinical.DiscontinuationReason.PATIENT_DECISION,
                        "moving away",
                        List.of(first)));
        given.awaitProjections();

        var courseHistory = current().summary().courses().get(0);

        assertThat(courseHistory.status()).isEqualTo(CourseStatus.DISCONTINUED);
        assertThat(courseHistory.sessions().get(0).status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void anUnknownPatientHasNoHistory() {
        assertThat(queryGateway
                        .query(
                                new FindPatientHistoryQuery(PatientId.random()),
                                ResponseTypes.optionalInstanceOf(PatientHistory.class))
                        .join())
                .isEmpty();
    }

    /** 17 facts (versions 0 to 16): registered Monday; session performed Monday afternoon but entered Tuesday, then corrected. */
    private void aTreatedPatient() {
        given.record(
                MONDAY,
                registered(patient, "Claire", "Moreau"),
                screenedAllergicTo(patient, LocalDate.of(2025, 2, 20), Ingredient.VITAMIN_C),
                new ConsentRecorded(patient, ConsentScope.PHOTOGRAPHS, MONDAY),
                coursePlanned(patient, course, LocalDate.of(2025, 3, 3)),
                scheduled(patient, course, first, Instant.parse("2025-03-03T13:00:00Z")),
                new SessionRescheduled(patient, first, course, Instant.parse("2025-03-03T14:00:00Z"), DR_LEE, 45),
                scheduled(patient, course, second, Instant.parse("2025-03-10T14:00:00Z")),
                scheduled(patient, course, third, Instant.parse("2025-03-17T14:00:00Z")));
        given.record(
                TUESDAY,
                performed(patient, course, first, Instant.parse("2025-03-03T14:05:00Z"), LOT),
                new ReactionRecorded(
                        patient,
                        reaction,
                        first,
                        course,
                        ReactionType.ERYTHEMA,
                        1,
                        false,
                        TreatmentArea.FOREHEAD,
                        Instant.parse("2025-03-03T15:00:00Z"),
                        "mild redness"),
                new ReactionResolved(
                        patient, reaction, Instant.parse("2025-03-04T08:00:00Z"), ReactionOutcome.RESOLVED),
                new EntryCorrected(
                        patient,
                        new EntryReference(EntryType.SESSION, first.asString()),
                        Map.of("depthMm", "1.0"),
                        "depth mistyped"),
                new AssessmentRecorded(
                        patient,
                        AssessmentId.random(),
                        course,
                        TimePoint.afterSession(1),
                        Scale.WSRS.score(3),
                        Rater.CLINICIAN,
                        TUESDAY));
        given.record(
                Instant.parse("2025-03-05T09:00:00Z"),
                new SessionCancelled(patient, second, course, "patient ill"),
                new CourseExtended(patient, course, 2, "slow response"));
        given.record(
                Instant.parse("2025-03-06T09:00:00Z"),
                new NoShowRecorded(patient, third, course),
                new ConsentWithdrawn(patient, ConsentScope.PHOTOGRAPHS, Instant.parse("2025-03-06T09:00:00Z")));
    }

    @Test
    void aReplayFoldsThePatientsWholeStreamAtTheFirstOfTheirEventsItMeetsAndOnlyComparesVersionsAfterwards() {
        aPatientWithACompletedCourse();
        given.awaitProjections();
        String document = repository.findStored(patient).orElseThrow().document();
        List<DomainEventMessage<?>> stream = storedStream();
        PatientHistory heldBefore = repository.held(patient);
        assertThat(heldBefore).as("held since its live batches").isNotNull();
        // As a reset leaves it: no history for the patient.
        forgetHistory();

        replay(stream.get(0), stream.get(1));

        StoredHistory rebuilt = repository.findStored(patient).orElseThrow();
        assertThat(rebuilt.version()).isEqualTo(17);
        assertThat(rebuilt.document()).isEqualTo(document);
        // Written once, and not put in memory: the replay does not read it again.
        assertThat(repository.held(patient)).isSameAs(heldBefore);

        // A later batch of the replay finds the history at or above its facts and leaves the row alone: not even
        // written again with the same content.
        jdbc.update("UPDATE patient_history SET document = '{}' WHERE patient_id = ?", patient.asString());
        replay(stream.get(2), stream.get(17));
        assertThat(repository.findStored(patient).orElseThrow().document()).isEqualTo("{}");

        leaveTheHistoryAsTheProjectionKeepsIt(stream, document);
    }

    @Test
    void aLiveBatchFarBehindTheHeadFoldsItsPatientsStreamsAheadFromTheirStoredVersions() {
        aPatientWithACompletedCourse();
        given.awaitProjections();
        String document = repository.findStored(patient).orElseThrow().document();
        List<DomainEventMessage<?>> stream = storedStream();
        // Far behind, whatever the batch: the decision itself is ReadAheadTest's.
        PatientHistoryProjection behind = new PatientHistoryProjection(
                repository, streams, appliedVersions, new ReadAhead(0, () -> 1_000, System::nanoTime));

        // No history yet (a node started on an empty read model): the whole stream is folded at the first event met,
        // written once and not put in memory.
        PatientHistory heldBefore = repository.held(patient);
        forgetHistory();
        live(behind, stream.get(0), stream.get(1));
        StoredHistory folded = repository.findStored(patient).orElseThrow();
        assertThat(folded.version()).isEqualTo(17);
        assertThat(folded.document()).isEqualTo(document);
        assertThat(repository.held(patient)).isSameAs(heldBefore);

        // A later batch with facts at or below the stored version leaves the row alone.
        jdbc.update("UPDATE patient_history SET document = '{}' WHERE patient_id = ?", patient.asString());
        live(behind, stream.get(2), stream.get(17));
        assertThat(repository.findStored(patient).orElseThrow().document()).isEqualTo("{}");

        // A history stored at version 5 (a node that was down for a while): the stream above it is folded onto it.
        List<RecordedFact> firstSix =
                stream.subList(0, 6).stream().map(RecordedFact::of).toList();
        forgetHistory();
        repository.insert(List.of(HistoryFold.fold(patient, null, firstSix)));
        live(behind, stream.get(6), stream.get(7));
        StoredHistory caughtUp = repository.findStored(patient).orElseThrow();
        assertThat(caughtUp.version()).isEqualTo(17);
        assertThat(caughtUp.document()).isEqualTo(document);
        assertThat(repository.held(patient).version())
                .as("updated, and held as any update")
                .isEqualTo(17);

        // Near the head a live batch folds only its own facts, as before.
        PatientHistoryProjection near = new PatientHistoryProjection(
                repository, streams, appliedVersions, new ReadAhead(10, () -> 8, System::nanoTime));
        forgetHistory();
        repository.insert(List.of(HistoryFold.fold(patient, null, firstSix)));
        live(near, stream.get(6), stream.get(7));
        assertThat(repository.findStored(patient).orElseThrow().version()).isEqualTo(7);

        leaveTheHistoryAsTheProjectionKeepsIt(stream, document);
    }

    private List<DomainEventMessage<?>> storedStream() {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        eventStore.readEvents(patient.asString(), 0).asStream().forEach(stream::add);
        return stream;
    }

    /** The read models are shared by every read-side test. */
    private void leaveTheHistoryAsTheProjectionKeepsIt(List<DomainEventMessage<?>> stream, String document) {
        forgetHistory();
        replay(stream.get(0));
        assertThat(repository.findStored(patient).orElseThrow().document()).isEqualTo(document);
    }

    private void forgetHistory() {
        jdbc.update("DELETE FROM patient_history WHERE patient_id = ?", patient.asString());
    }

    /**
     * Hands the events to the projection as a processor does with live events: one batch, one unit of work, each
     * event tracked at its sequence number as its position.
     */
    private void live(PatientHistoryProjection target, DomainEventMessage<?>... events) {
        handle(target, ReplayStatus.REGULAR, events);
    }

    /** Hands the events to the projection as a processor replaying them does: one batch, one unit of work. */
    private void replay(DomainEventMessage<?>... events) {
        handle(projection, ReplayStatus.REPLAY, events);
    }

    private static void handle(PatientHistoryProjection target, ReplayStatus status, DomainEventMessage<?>... events) {
        BatchingUnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(events));
        batch.executeWithResult(
                () -> {
                    for (DomainEventMessage<?> event : events) {
                        target.on(
                                (PatientEvent) event.getPayload(),
                                new GenericTrackedDomainEventMessage<>(
                                        new GlobalSequenceTrackingToken(event.getSequenceNumber()), event),
                                status);
                    }
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);
    }

    private void aPatientWithACompletedCourse() {
        aTreatedPatient();
        given.record(
                FRIDAY,
                new CourseCompleted(
                        patient, course, LocalDate.of(2025, 3, 7), Scale.GAIS.score(2), Scale.SATISFACTION.score(5)));
    }

    private PatientHistory current() {
        return queryGateway
                .query(new FindPatientHistoryQuery(patient), ResponseTypes.optionalInstanceOf(PatientHistory.class))
                .join()
                .orElseThrow();
    }

    private Optional<PatientHistory> asOf(Instant moment) {
        return queryGateway
                .query(
                        new FindPatientHistoryAsOfQuery(patient, moment),
                        ResponseTypes.optionalInstanceOf(PatientHistory.class))
                .join();
    }

    private static TimelineEntry entry(PatientHistory history, String type) {
        return history.timeline().stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
