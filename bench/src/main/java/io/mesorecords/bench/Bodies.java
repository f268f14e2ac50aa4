package io.mesorecords.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The JSON bodies of the clinical commands, as in requests.http; written as text to keep the client cheap. */
final class Bodies {

    private Bodies() {}

    static String registration(UUID patientId, long number, LocalDate today) {
        return """
                {"patientId":"%s","name":{"given":"Bench","family":"Patient %d"},"dateOfBirth":"%s","sex":"%s",\
                "contact":{"email":"p%d@example.org","phone":"+31 20 555 0101"}}"""
                .formatted(
                        patientId,
                        number,
                        today.minusYears(20 + number % 50).minusDays(number % 365),
                        number % 5 == 0 ? "MALE" : "FEMALE",
                        number);
    }

    static String screening(LocalDate screenedOn) {
        return """
                {"screenedOn":"%s","pregnant":false,"breastfeeding":false,"allergies":["VITAMIN_C"],\
                "activeInfections":[],"conditions":"none","medications":"none",\
                "fitzpatrick":{"scale":"FITZPATRICK","scaleVersion":"1988","value":3},\
                "glogau":{"scale":"GLOGAU","scaleVersion":"1996","value":2},\
                "goals":"fewer fine lines on the forehead","skinRoutine":"SPF 50 daily"}"""
                .formatted(screenedOn);
    }

    static String consent(String scope, Instant givenAt) {
        return """
                {"scope":"%s","givenAt":"%s"}""".formatted(scope, givenAt);
    }

    static String plan(UUID courseId, LocalDate plannedOn, String technique, String indication) {
        return """
                {"courseId":"%s","plannedOn":"%s","indications":["%s"],"technique":"%s",\
                "cocktail":[{"name":"Hydra Boost","ingredients":["HYALURONIC_ACID"]}],\
                "areas":["FOREHEAD","CHEEKS"],"plannedSessions":3,"intervalDays":7,"baselineAssessments":[\
                {"score":{"scale":"WSRS","scaleVersion":"1","value":4},"rater":"CLINICIAN"},\
                {"score":{"scale":"HYDRATION","scaleVersion":"1","value":32},"rater":"CLINICIAN"}]}"""
                .formatted(courseId, plannedOn, indication, technique);
    }

    static String schedule(UUID sessionId, UUID courseId, Instant startsAt) {
        return """
                {"sessionId":"%s","courseId":"%s","startsAt":"%s","practitionerId":"dr-bench","plannedMinutes":45}"""
                .formatted(sessionId, courseId, startsAt);
    }

    static String performance(Instant performedAt, String technique) {
        return """
                {"performedAt":"%s","practitionerId":"dr-bench","technique":"%s",\
                "products":[{"name":"Hydra Boost","ingredients":["HYALURONIC_ACID"],"lotNumber":"LOT-2026-117",\
                "expiryDate":"2099-12-31","volumeMl":2.5}],"depthMm":1.5,"areas":["FOREHEAD","CHEEKS"],\
                "anaesthetic":"lidocaine 5%% cream","durationMinutes":40,"notes":"papules at the injection points"}"""
                .formatted(performedAt, technique);
    }

    static String reaction(UUID reactionId, UUID sessionId, Instant onsetAt) {
        return """
                {"reactionId":"%s","sessionId":"%s","type":"HAEMATOMA","grade":1,"serious":false,"area":"CHEEKS",\
                "onsetAt":"%s","notes":"small bruise, left cheek"}"""
                .formatted(reactionId, sessionId, onsetAt);
    }

    static String assessment(UUID courseId, int afterSession, Instant assessedAt) {
        return """
                {"courseId":"%s","timePoint":{"kind":"AFTER_SESSION","number":%d},\
                "score":{"scale":"WSRS","scaleVersion":"1","value":3},"rater":"CLINICIAN","assessedAt":"%s"}"""
                .formatted(courseId, afterSession, assessedAt);
    }

    static String completion(LocalDate completedOn) {
        return """
                {"completedOn":"%s","finalClinicianGais":{"scale":"GAIS","scaleVersion":"1","value":2},\
                "patientSatisfaction":{"scale":"SATISFACTION","scaleVersion":"1","value":5}}"""
                .formatted(completedOn);
    }
}
