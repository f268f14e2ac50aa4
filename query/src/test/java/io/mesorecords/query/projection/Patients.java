package io.mesorecords.query.projection;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Contact;
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
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.ReactionId;
import io.mesorecords.api.common.ScreeningId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.patient.ConsentRecorded;
import io.mesorecords.api.patient.EntryCorrected;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.reaction.ReactionRecorded;
import io.mesorecords.api.reaction.ReactionResolved;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.api.session.SessionScheduled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Domain-named event fixtures for read-side tests. */
public final class Patients {

    public static final ClinicId CLINIC = ClinicId.of("clinic-1");
    public static final PractitionerId DR_LEE = PractitionerId.of("dr-lee");
    public static final String LOT = "HA-2024-117";

    private Patients() {}

    public static PatientRegistered registered(PatientId id, String given, String family) {
        return new PatientRegistered(
                id,
                CLINIC,
                new PersonName(given, family),
                LocalDate.of(1980, 5, 17),
                Sex.FEMALE,
                new Contact(given.toLowerCase() + "@example.org", "+100"));
    }

    public static MedicalHistoryRecorded screenedAllergicTo(PatientId id, LocalDate on, Ingredient allergy) {
        return new MedicalHistoryRecorded(
                id,
                ScreeningId.random(),
                on,
                false,
                false,
                Set.of(allergy),
                Set.of(TreatmentArea.NECK),
                "asthma",
                "none",
                Scale.FITZPATRICK.score(3),
                Scale.GLOGAU.score(2),
                "brighter skin",
                "cleanser");
    }

    public static CoursePlanned coursePlanned(PatientId id, CourseId course, LocalDate on) {
        return new CoursePlanned(
                id,
                course,
                on,
                Set.of(Indication.FINE_WRINKLES),
                Technique.MESO_INJECTOR,
                List.of(new CocktailProduct("NCTF 135HA", Set.of(Ingredient.HYALURONIC_ACID))),
                Set.of(TreatmentArea.FOREHEAD),
                4,
                7);
    }

    public static SessionScheduled scheduled(PatientId id, CourseId course, SessionId session, Instant startsAt) {
        return new SessionScheduled(id, session, course, startsAt, DR_LEE, 45);
    }

    public static SessionPerformed performed(PatientId id, CourseId course, SessionId session, Instant at, String lot) {
        return new SessionPerformed(
                id,
                session,
                course,
                at,
                DR_LEE,
                Technique.MESO_INJECTOR,
                List.of(new ProductUse(
                        "NCTF 135HA",
                        Set.of(Ingredient.HYALURONIC_ACID),
                        lot,
                        LocalDate.of(2030, 1, 31),
                        new BigDecimal("3.000"))),
                new BigDecimal("1.5"),
                Set.of(TreatmentArea.FOREHEAD),
                "lidocaine cream",
                40,
                "tolerated well, mentions her sister");
    }

    public static ConsentRecorded consentedToAnalytics(PatientId id, Instant at) {
        return new ConsentRecorded(id, ConsentScope.ANALYTICS, at);
    }

    public static ReactionRecorded reacted(
            PatientId id, CourseId course, SessionId session, ReactionId reaction, Instant onset) {
        return new ReactionRecorded(
                id, reaction, session, course, ReactionType.ERYTHEMA, 1, false, TreatmentArea.FOREHEAD, onset, null);
    }

    public static ReactionResolved resolved(PatientId id, ReactionId reaction, Instant at) {
        return new ReactionResolved(id, reaction, at, ReactionOutcome.RESOLVED);
    }

    public static AssessmentRecorded assessed(
            PatientId id, CourseId course, TimePoint when, String wsrs, Rater rater, Instant at) {
        return new AssessmentRecorded(
                id, AssessmentId.random(), course, when, Scale.WSRS.score(new BigDecimal(wsrs)), rater, at);
    }

    public static CourseCompleted completed(PatientId id, CourseId course, LocalDate on) {
        return new CourseCompleted(id, course, on, Scale.GAIS.score(2), Scale.SATISFACTION.score(4));
    }

    public static EntryCorrected indicationsCorrected(PatientId id, CourseId course, String indications) {
        return new EntryCorrected(
                id,
                new EntryReference(EntryType.COURSE, course.asString()),
                Map.of("indications", indications),
                "typo");
    }

    /** Half consent to analytics before planning, half after treatment (the outcome report then replays them). */
    public static void someTreated(RecordedEvents given, int count) {
        for (int i = 0; i < count; i++) {
            given.record(treatedAt(i), treated(i).toArray(PatientEvent[]::new));
        }
    }

    /**
     * Treats {@code count} patients as {@link #someTreated} does, but in rounds: each round records one event for
     * every patient, so the patients' events lie between each other's in the store, as in a clinic's.
     */
    public static void someTreatedInRounds(RecordedEvents given, int count) {
        List<List<PatientEvent>> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stories.add(new ArrayList<>(treated(i)));
        }
        Instant recordedAt = Instant.parse("2025-03-02T10:00:00Z");
        for (int round = 0; stories.stream().anyMatch(story -> !story.isEmpty()); round++) {
            for (List<PatientEvent> story : stories) {
                if (!story.isEmpty()) {
                    given.record(recordedAt.plusSeconds(round), story.remove(0));
                }
            }
        }
    }

    private static Instant treatedAt(int i) {
        return Instant.parse("2025-02-03T10:00:00Z").plusSeconds(3600L * i);
    }

    /** The events of the i-th treated patient, a new one on every call. */
    private static List<PatientEvent> treated(int i) {
        PatientId patient = PatientId.random();
        CourseId course = CourseId.random();
        SessionId session = SessionId.random();
        ReactionId reaction = ReactionId.random();
        Instant at = treatedAt(i);
        List<PatientEvent> events = new ArrayList<>(List.of(
                registered(patient, "Patient" + i, "Test"),
                screenedAllergicTo(patient, LocalDate.of(2025, 2, 1), Ingredient.ZINC)));
        if (i % 2 == 0) {
            events.add(consentedToAnalytics(patient, at));
        }
        events.addAll(List.of(
                coursePlanned(patient, course, LocalDate.of(2025, 2, 1)),
                assessed(patient, course, TimePoint.baseline(), "4", Rater.CLINICIAN, at),
                scheduled(patient, course, session, at),
                performed(patient, course, session, at, "LOT-" + (i % 3)),
                reacted(patient, course, session, reaction, at.plusSeconds(600)),
                resolved(patient, reaction, at.plusSeconds(600 + 3600L * i)),
                assessed(patient, course, TimePoint.afterSession(1), "3", Rater.PATIENT, at.plusSeconds(7200)),
                completed(patient, course, LocalDate.of(2025, 3, 1)),
                indicationsCorrected(patient, course, "FINE_WRINKLES,PHOTOAGEING")));
        if (i % 2 == 1) {
            events.add(consentedToAnalytics(patient, at));
        }
        return events;
    }
}
