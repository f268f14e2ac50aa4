package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the events of one patient's record, in clinical words. */
final class Patient {

    static final Set<Ingredient> HYDRA_INGREDIENTS = Set.of(Ingredient.HYALURONIC_ACID, Ingredient.VITAMIN_C);
    static final CocktailProduct HYDRA = new CocktailProduct("Hydra Boost", HYDRA_INGREDIENTS);
    static final CocktailProduct REVITAL = new CocktailProduct("Revital", Set.of(Ingredient.ELASTIN));

    final PatientId id = PatientId.random();

    static Patient aPatient() {
        return new Patient();
    }

    PatientRegistered registered(String clinic, LocalDate dateOfBirth) {
        return new PatientRegistered(
                id,
                ClinicId.of(clinic),
                new PersonName("Ottilie", "Quarrington"),
                dateOfBirth,
                Sex.FEMALE,
                new Contact("ottilie.quarrington@example.org", "+44 7700 900461"));
    }

    ConsentRecorded consentsToAnalytics() {
        return new ConsentRecorded(id, ConsentScope.ANALYTICS, Instant.parse("2024-01-01T09:00:00Z"));
    }

    ConsentRecorded consentsToTreatment() {
        return new ConsentRecorded(id, ConsentScope.TREATMENT, Instant.parse("2024-01-01T09:00:00Z"));
    }

    ConsentWithdrawn withdrawsAnalytics() {
        return new ConsentWithdrawn(id, ConsentScope.ANALYTICS, Instant.parse("2025-09-01T09:00:00Z"));
    }

    MedicalHistoryRecorded screened(ScreeningId screening, LocalDate on, int fitzpatrick, int glogau) {
        return new MedicalHistoryRecorded(
                id,
                screening,
                on,
                false,
                false,
                Set.of(),
                Set.of(),
                "Hashimoto thyroiditis",
                "levothyroxine",
                Scale.FITZPATRICK.score(fitzpatrick),
                Scale.GLOGAU.score(glogau),
                "fresher look before the wedding",
                "retinol at night");
    }

    CoursePlanned plans(
            CourseId course,
            LocalDate on,
            Technique technique,
            Set<Indication> indications,
            CocktailProduct... cocktail) {
        return new CoursePlanned(
                id, course, on, indications, technique, List.of(cocktail), Set.of(TreatmentArea.FULL_FACE), 4, 7);
    }

    SessionPerformed performed(CourseId course, SessionId session, String practitioner, Instant at) {
        return new SessionPerformed(
                id,
                session,
                course,
                at,
                PractitionerId.of(practitioner),
                Technique.MESO_PEN,
                List.of(new ProductUse(
                        "Hydra Boost", HYDRA_INGREDIENTS, "LOT-77", LocalDate.of(2027, 1, 1), new BigDecimal("2.0"))),
                new BigDecimal("1.5"),
                Set.of(TreatmentArea.FULL_FACE),
                "lidocaine cream",
                45,
                "patient anxious about needles");
    }

    ReactionRecorded reacted(
            CourseId course, SessionId session, ReactionId reaction, ReactionType type, int grade, Instant onset) {
        return new ReactionRecorded(
                id, reaction, session, course, type, grade, false, TreatmentArea.CHEEKS, onset, "called the clinic");
    }

    ReactionResolved resolved(ReactionId reaction, Instant at) {
        return new ReactionResolved(id, reaction, at, ReactionOutcome.RESOLVED);
    }

    AssessmentRecorded assessed(CourseId course, TimePoint at, Scale scale, String value) {
        return new AssessmentRecorded(
                id,
                AssessmentId.random(),
                course,
                at,
                scale.score(new BigDecimal(value)),
                Rater.CLINICIAN,
                Instant.parse("2025-01-01T10:00:00Z").plus(Duration.ofDays(at.number() == null ? 0 : at.number())));
    }

    AssessmentRecorded assessed(
            CourseId course,
            AssessmentId assessment,
            TimePoint at,
            Scale scale,
            String value,
            Rater rater,
            Instant on) {
        return new AssessmentRecorded(id, assessment, course, at, scale.score(new BigDecimal(value)), rater, on);
    }

    CourseCompleted completed(CourseId course, Integer gais, Integer satisfaction) {
        return new CourseCompleted(
                id,
                course,
                LocalDate.of(2025, 6, 1),
                gais == null ? null : Scale.GAIS.score(gais),
                satisfaction == null ? null : Scale.SATISFACTION.score(satisfaction));
    }

    CourseDiscontinued discontinued(CourseId course, DiscontinuationReason reason) {
        return new CourseDiscontinued(id, course, LocalDate.of(2025, 6, 1), reason, "moved abroad", List.of());
    }

    EntryCorrected corrected(EntryType type, String entryId, Map<String, String> values) {
        return new EntryCorrected(id, new EntryReference(type, entryId), values, "typo at the desk");
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    static Instant day(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
