package io.mesorecords.app.scenario;

import static io.mesorecords.app.scenario.ClinicalRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The clinical scenario sent to several command nodes in turn, each request to the next node: register, screening,
 * consents, a course, five sessions scheduled and performed, a reaction and its resolution, an assessment, completion.
 * Every node decides on the record as the previous node left it.
 */
public final class FullCourse {

    /** register, screening, 2 consents, plan + 2 baselines, 5 scheduled, 5 performed, reaction, resolution, assessment, completion */
    public static final int EVENTS = 21;

    private final List<ClinicHttp> nodes;
    private int next;

    public FullCourse(List<ClinicHttp> commandNodes) {
        this.nodes = List.copyOf(commandNodes);
    }

    public record Recorded(String patientId, String courseId, long version) {}

    public Recorded record() {
        String patient = UUID.randomUUID().toString();
        String course = UUID.randomUUID().toString();
        String base = "/patients/" + patient;
        expect(node().post("/patients", registration(patient)), 201);
        expect(node().post(base + "/screenings", screening("VITAMIN_C")), 201);
        expect(node().post(base + "/consents", consent("TREATMENT")), 201);
        expect(node().post(base + "/consents", consent("ANALYTICS")), 201);
        expect(node().post(base + "/courses", course(course, "HYALURONIC_ACID")), 201);
        List<String> sessions = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            sessions.add(UUID.randomUUID().toString());
            expect(node().post(base + "/sessions", session(sessions.get(n), course, weekly(n))), 201);
        }
        for (int n = 0; n < 5; n++) {
            expect(node().post(base + "/sessions/" + sessions.get(n) + "/performance", performance(weekly(n))), 200);
        }
        String reaction = UUID.randomUUID().toString();
        expect(
                node().post(
                                base + "/reactions",
                                reaction(reaction, sessions.get(1), weekly(1).plus(2, ChronoUnit.HOURS))),
                201);
        expect(
                node().post(
                                base + "/reactions/" + reaction + "/resolution",
                                resolution(weekly(1).plus(30, ChronoUnit.HOURS))),
                200);
        expect(node().post(base + "/assessments", assessment(course, 5, "WSRS", 3)), 201);
        ClinicHttp.Answer completed =
                expect(node().post(base + "/courses/" + course + "/completion", completion()), 200);
        assertThat(completed.version()).isEqualTo(EVENTS - 1);
        return new Recorded(patient, course, completed.version());
    }

    private ClinicHttp node() {
        return nodes.get(next++ % nodes.size());
    }

    private static ClinicHttp.Answer expect(ClinicHttp.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }
}
