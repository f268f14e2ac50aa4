package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One patient's full course over HTTP: register, screening, consents, a planned course with baselines, five sessions
 * scheduled and performed, a reaction and its resolution, an assessment, completion. 21 events in all.
 */
public final class ClinicalScenario {

    static final int EVENTS = 21;

    final String patient = UUID.randomUUID().toString();
    final String course = UUID.randomUUID().toString();
    final List<String> sessions = new ArrayList<>();
    final String reaction = UUID.randomUUID().toString();
    ClinicHttp.Answer completed;

    /** Sends every command of the course and answers the last acknowledgement (the completion). */
    public ClinicalScenario recordFullCourse(ClinicHttp http) {
        expect(http.post("/patients", registration(patient)), 201);
        expect(http.post(path("/screenings"), screening("VITAMIN_C")), 201);
        expect(http.post(path("/consents"), consent("TREATMENT")), 201);
        expect(http.post(path("/consents"), consent("ANALYTICS")), 201);
        ClinicHttp.Answer planned = expect(http.post(path("/courses"), course(course, "HYALURONIC_ACID")), 201);
        assertThat(planned.location()).endsWith("/courses/" + course);
        for (int n = 0; n < 5; n++) {
            String session = UUID.randomUUID().toString();
            sessions.add(session);
            expect(http.post(path("/sessions"), session(session, course, weekly(n))), 201);
        }
        for (int n = 0; n < 5; n++) {
            expect(http.post(path("/sessions/" + sessions.get(n) + "/performance"), performance(weekly(n))), 200);
        }
        expect(
                http.post(
                        path("/reactions"),
                        reaction(reaction, sessions.get(1), weekly(1).plus(2, ChronoUnit.HOURS))),
                201);
        expect(
                http.post(
                        path("/reactions/" + reaction + "/resolution"),
                        resolution(weekly(1).plus(30, ChronoUnit.HOURS))),
                200);
        expect(http.post(path("/assessments"), assessment(course, 5, "WSRS", 3)), 201);
        completed = expect(http.post(path("/courses/" + course + "/completion"), completion()), 200);
        return this;
    }

    public String patientId() {
        return patient;
    }

    public String courseId() {
        return course;
    }

    public String firstSessionId() {
        return sessions.get(0);
    }

    public String reactionId() {
        return reaction;
    }

    public String path(String tail) {
        return "/patients/" + patient + tail;
    }

    private static ClinicHttp.Answer expect(ClinicHttp.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }
}
