package io.mesorecords.app.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of the clinical scenario, as a practitioner's front end sends them. */
public final class ClinicalRequests {

    /**
     * The day of the scenario's screening and planning: two months back from whenever the tests run, so the screening
     * is always recent enough for the 180-day rule, which the record judges on the day a command is recorded.
     */
    public static final LocalDate SCREENED_ON = LocalDate.now(ZoneOffset.UTC).minusDays(60);

    public static final Instant FIRST_SESSION =
            SCREENED_ON.plusDays(6).atTime(9, 0).toInstant(ZoneOffset.UTC);
    public static final String LOT = "LOT-2026-117";

    private ClinicalRequests() {}

    /** A JSON object from alternating names and values, keeping their order. */
    public static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    public static Map<String, Object> registration(String patientId) {
        return json(
                "patientId",
                patientId,
                "name",
                json("given", "Anna", "family", "de Vries"),
                "dateOfBirth",
                "1984-05-17",
                "sex",
                "FEMALE",
                "contact",
                json("email", "anna@example.org", "phone", "+31 20 555 0101"));
    }

    public static Map<String, Object> screening(String... allergies) {
        return json(
                "screenedOn",
                SCREENED_ON.toString(),
                "pregnant",
                false,
                "breastfeeding",
                false,
                "allergies",
                List.of(allergies),
                "activeInfections",
                List.of(),
                "conditions",
                "none",
                "medications",
                "none",
                "fitzpatrick",
                score("FITZPATRICK", "1988", 3),
                "glogau",
                score("GLOGAU", "1996", 2),
                "goals",
                "fewer fine lines",
                "skinRoutine",
                "SPF 50 daily");
    }

    public static Map<String, Object> consent(String scope) {
        return json(
                "scope",
                scope,
                "givenAt",
                SCREENED_ON.atTime(9, 30).toInstant(ZoneOffset.UTC).toString());
    }

    public static Map<String, Object> course(String courseId, String ingredient) {
        return json(
                "courseId",
                courseId,
                "plannedOn",
                SCREENED_ON.toString(),
                "indications",
                List.of("FINE_WRINKLES"),
                "technique",
                "MESO_INJECTOR",
                "cocktail",
                List.of(json("name", "Hydra Boost", "ingredients", List.of(ingredient))),
                "areas",
                List.of("FOREHEAD", "CHEEKS"),
                "plannedSessions",
                5,
                "intervalDays",
                7,
                "baselineAssessments",
                List.of(
                        json("score", score("WSRS", "1", 4), "rater", "CLINICIAN"),
                        json("score", score("HYDRATION", "1", 32), "rater", "CLINICIAN")));
    }

    public static Map<String, Object> session(String sessionId, String courseId, Instant startsAt) {
        return json(
                "sessionId",
                sessionId,
                "courseId",
                courseId,
                "startsAt",
                startsAt.toString(),
                "practitionerId",
                "dr-jansen",
                "plannedMinutes",
                45);
    }

    public static Instant weekly(int session) {
        return FIRST_SESSION.plus(7L * session, ChronoUnit.DAYS);
    }

    public static Map<String, Object> performance(Instant performedAt) {
        return json(
                "performedAt",
                performedAt.toString(),
                "practitionerId",
                "dr-jansen",
                "technique",
                "MESO_INJECTOR",
                "products",
                List.of(json(
                        "name",
                        "Hydra Boost",
                        "ingredients",
                        List.of("HYALURONIC_ACID"),
                        "lotNumber",
                        LOT,
                        "expiryDate",
                        SCREENED_ON.plusYears(1).toString(),
                        "volumeMl",
                        2.5)),
                "depthMm",
                1.5,
                "areas",
                List.of("FOREHEAD", "CHEEKS"),
                "anaesthetic",
                "lidocaine 5% cream",
                "durationMinutes",
                40,
                "notes",
                "papules at injection points");
    }

    public static Map<String, Object> reaction(String reactionId, String sessionId, Instant onsetAt) {
        return json(
                "reactionId",
                reactionId,
                "sessionId",
                sessionId,
                "type",
                "HAEMATOMA",
                "grade",
                1,
                "serious",
                false,
                "area",
                "CHEEKS",
                "onsetAt",
                onsetAt.toString(),
                "notes",
                "small bruise");
    }

    public static Map<String, Object> resolution(Instant resolvedAt) {
        return json("resolvedAt", resolvedAt.toString(), "outcome", "RESOLVED");
    }

    public static Map<String, Object> assessment(String courseId, int afterSession, String scale, int value) {
        return json(
                "courseId", courseId,
                "timePoint", json("kind", "AFTER_SESSION", "number", afterSession),
                "score", score(scale, "1", value),
                "rater", "CLINICIAN",
                "assessedAt", weekly(afterSession - 1).plus(1, ChronoUnit.HOURS).toString());
    }

    public static Map<String, Object> completion() {
        return json(
                "completedOn", SCREENED_ON.plusDays(41).toString(),
                "finalClinicianGais", score("GAIS", "1", 2),
                "patientSatisfaction", score("SATISFACTION", "1", 5));
    }

    public static Map<String, Object> score(String scale, String version, int value) {
        return json("scale", scale, "scaleVersion", version, "value", value);
    }
}
