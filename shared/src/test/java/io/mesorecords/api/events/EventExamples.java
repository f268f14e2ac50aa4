package io.mesorecords.api.events;

import static io.mesorecords.api.clinical.Ingredient.HYALURONIC_ACID;
import static io.mesorecords.api.clinical.Ingredient.VITAMIN_C;
import static io.mesorecords.api.clinical.TreatmentArea.CHEEKS;
import static io.mesorecords.api.clinical.TreatmentArea.FOREHEAD;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.DiscontinuationReason;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.EntryType;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.clinical.Rater;
import io.mesorecords.api.clinical.ReactionOutcome;
import io.mesorecords.api.clinical.ReactionType;
import io.mesorecords.api.clinical.Scale;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.clinical.TimePoint;
import io.mesorecords.api.common.AssessmentId;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.ConsentWithdrawn;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.NoShowRecorded;
import io.mesorecords.api.session.SessionCancelled;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionRescheduled;
import io.mesorecords.api.session.SessionScheduled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One fully populated example of every event type, as stored samples were written from them. */
final class EventExamples {

    static final PatientId PATIENT = PatientId.of("5b0c2a4e-8f1d-4c1a-9e53-0d7c1f5e2a11");
    static final CourseId COURSE = CourseId.of("0f3b7a52-1c9e-4e61-8a3d-6b2f9c4d7e80");
    static final SessionId SESSION = SessionId.of("7d2e4f61-3a5b-4c8d-9e0f-1a2b3c4d5e6f");
    static final SessionId SECOND_SESSION = SessionId.of("8e3f5a72-4b6c-4d9e-8f1a-2b3c4d5e6f70");
    static final ReactionId REACTION = ReactionId.of("9f4a6b83-5c7d-4eaf-9a2b-3c4d5e6f7081");
    static final AssessmentId ASSESSMENT = AssessmentId.of("a05b7c94-6d8e-4fb0-8b3c-4d5e6f708192");
    static final ScreeningId SCREENING = ScreeningId.of("b16c8da5-7e9f-40c1-9c4d-5e6f708192a3");
    static final ProductUse LOT = new ProductUse(
            "Hydra Boost",
            Set.of(HYALURONIC_ACID, VITAMIN_C),
            "LOT-2026-117",
            LocalDate.of(2027, 3, 31),
            new BigDecimal("2.5"));

    private EventExamples() {}

    static Map<Class<?>, PatientEvent> all() {
        return Stream.of(
                        new PatientRegistered(
                                PATIENT,
                                ClinicId.of("clinic-amsterdam"),
                                new PersonName("Anna", "de Vries"),
                                LocalDate.of(1984, 5, 17),
                                Sex.FEMALE,
                                new Contact("anna@example.org", "+31 20 555 0101")),
                        new MedicalHistoryRecorded(
                                PATIENT,
                                SCREENING,
                                LocalDate.of(2026, 9, 1),
                                false,
                                false,
                                Set.of(VITAMIN_C),
                                Set.of(FOREHEAD),
                                "none",
                                "oral contraceptive",
                                Scale.FITZPATRICK.score(3),
                                Scale.GLOGAU.score(2),
                                "smoother forehead",
                                "SPF 50 daily"),
                        new ConsentRecorded(PATIENT, ConsentScope.TREATMENT, Instant.parse("2026-09-01T09:15:00Z")),
                        new ConsentWithdrawn(PATIENT, ConsentScope.ANALYTICS, Instant.parse("2026-10-01T10:00:00Z")),
                        new EntryCorrected(
                                PATIENT,
                                new EntryReference(EntryType.SESSION, SESSION.asString()),
                                Map.of("notes", "papules at 3 points, faded within the hour"),
                                "typing error in the notes"),
                        new PersonalDataErased(
                                PATIENT, LocalDate.of(2036, 9, 29), true, "patient request, GDPR art. 17"),
                        new CoursePlanned(
                                PATIENT,
                                COURSE,
                                LocalDate.of(2026, 9, 1),
                                Set.of(Indication.FINE_WRINKLES, Indication.DEHYDRATED_OR_DULL_SKIN),
                                Technique.MESO_INJECTOR,
                                List.of(new CocktailProduct("Hydra Boost", Set.of(HYALURONIC_ACID))),
                                Set.of(CHEEKS, FOREHEAD),
                                5,
                                7),
                        new CourseExtended(PATIENT, COURSE, 1, "slow response after 5 sessions"),
                        new AssessmentRecorded(
                                PATIENT,
                                ASSESSMENT,
                                COURSE,
                                TimePoint.afterSession(3),
                                Scale.WSRS.score(3),
                                Rater.CLINICIAN,
                                Instant.parse("2026-09-15T10:00:00Z")),
                        new CourseCompleted(
                                PATIENT,
                                COURSE,
                                LocalDate.of(2026, 10, 6),
                                Scale.GAIS.score(2),
                                Scale.SATISFACTION.score(5)),
                        new CourseDiscontinued(
                                PATIENT,
                                COURSE,
                                LocalDate.of(2026, 9, 20),
                                DiscontinuationReason.ADVERSE_REACTION,
                                "grade 2 nodules after session 2",
                                List.of(SECOND_SESSION)),
                        new SessionScheduled(
                                PATIENT,
                                SESSION,
                                COURSE,
                                Instant.parse("2026-09-08T09:00:00Z"),
                                PractitionerId.of("dr-jansen"),
                                45),
                        new SessionRescheduled(
                                PATIENT,
                                SESSION,
                                COURSE,
                                Instant.parse("2026-09-09T14:00:00Z"),
                                PractitionerId.of("dr-jansen"),
                                45),
                        new SessionCancelled(PATIENT, SESSION, COURSE, "patient has a cold"),
                        new NoShowRecorded(PATIENT, SESSION, COURSE),
                        new SessionPerformed(
                                PATIENT,
                                SESSION,
                                COURSE,
                                Instant.parse("2026-09-09T14:05:00Z"),
                                PractitionerId.of("dr-jansen"),
                                Technique.MESO_INJECTOR,
                                List.of(LOT),
                                new BigDecimal("1.5"),
                                Set.of(CHEEKS, FOREHEAD),
                                "lidocaine 5% cream",
                                40,
                                "papules at injection points"),
                        new ReactionRecorded(
                                PATIENT,
                                REACTION,
                                SESSION,
                                COURSE,
                                ReactionType.HAEMATOMA,
                                1,
                                false,
                                CHEEKS,
                                Instant.parse("2026-09-09T16:00:00Z"),
                                "small bruise left cheek"),
                        new ReactionResolved(
                                PATIENT, REACTION, Instant.parse("2026-09-12T09:00:00Z"), ReactionOutcome.RESOLVED))
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
    }
}
