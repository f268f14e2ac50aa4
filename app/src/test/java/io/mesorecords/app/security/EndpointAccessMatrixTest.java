package io.mesorecords.app.security;

import static io.mesorecords.app.scenario.ClinicalRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.scenario.ClinicalRequests;
import io.mesorecords.app.scenario.ClinicalScenario;
import io.mesorecords.app.support.EmbeddedDatabase;
import io.mesorecords.platform.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the backend, as the running application maps them, by every role, about the user's own clinic and
 * about another clinic, against the roles matrix of docs/security.md. An endpoint the matrix below does not know fails
 * {@link #everyEndpointHasARuleInTheMatrix()}, so a new endpoint cannot ship without deciding who may call it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointAccessMatrixTest {

    static final String OWN = "clinic-own-" + UUID.randomUUID().toString().substring(0, 8);
    static final String OTHER = "clinic-other-" + UUID.randomUUID().toString().substring(0, 8);

    /** How an endpoint relates to a clinic, which decides what another clinic's user gets. */
    enum Scope {
        /** About one patient: another clinic's patient answers 404, exactly as an unknown one. */
        PATIENT,
        /** Names a clinic (parameter or body): another clinic is refused 403 access.not-a-member. */
        CLINIC,
        /** Not about one clinic: answers, restricted to the user's clinics. */
        CLINICS_OF_THE_USER
    }

    record Rule(Scope scope, Set<Role> roles) {}

    private static Rule rule(Scope scope, Role... roles) {
        return new Rule(scope, EnumSet.copyOf(Arrays.asList(roles)));
    }

    private static final Role P = Role.PRACTITIONER;
    private static final Role FD = Role.FRONT_DESK;
    private static final Role AUD = Role.AUDITOR;
    private static final Role AN = Role.ANALYST;
    private static final Role ADM = Role.ADMINISTRATOR;

    /** The roles matrix (docs/security.md), endpoint by endpoint. */
    static final Map<String, Rule> MATRIX = Map.ofEntries(
            Map.entry("POST /patients", rule(Scope.CLINIC, P, FD)),
            Map.entry("POST /patients/{patientId}/corrections", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/erasure", rule(Scope.PATIENT, ADM)),
            Map.entry("POST /patients/{patientId}/screenings", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/consents", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/consents/{scope}/withdrawal", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/courses", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/courses/{courseId}/extension", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/courses/{courseId}/completion", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/courses/{courseId}/discontinuation", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/assessments", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/sessions", rule(Scope.PATIENT, P, FD)),
            Map.entry("POST /patients/{patientId}/sessions/{sessionId}/rescheduling", rule(Scope.PATIENT, P, FD)),
            Map.entry("POST /patients/{patientId}/sessions/{sessionId}/cancellation", rule(Scope.PATIENT, P, FD)),
            Map.entry("POST /patients/{patientId}/sessions/{sessionId}/no-show", rule(Scope.PATIENT, P, FD)),
            Map.entry("POST /patients/{patientId}/sessions/{sessionId}/performance", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/reactions", rule(Scope.PATIENT, P)),
            Map.entry("POST /patients/{patientId}/reactions/{reactionId}/resolution", rule(Scope.PATIENT, P)),
            Map.entry("GET /patients/{patientId}/integrity", rule(Scope.PATIENT, AUD, ADM)),
            Map.entry("GET /patients/{patientId}/history", rule(Scope.PATIENT, P, AUD)),
            Map.entry("GET /lots/{lotNumber}/sessions", rule(Scope.CLINICS_OF_THE_USER, P, AUD)),
            Map.entry("GET /schedule", rule(Scope.CLINIC, P, FD)),
            Map.entry("GET /maintenance-due", rule(Scope.CLINIC, P, FD)),
            Map.entry("GET /reports/outcomes", rule(Scope.CLINIC, AN)),
            Map.entry("GET /audit/access", rule(Scope.CLINICS_OF_THE_USER, AUD)),
            Map.entry("GET /admin/integrity/access-log", rule(Scope.CLINICS_OF_THE_USER, AUD, ADM)),
            Map.entry("GET /admin/projections", rule(Scope.CLINICS_OF_THE_USER, ADM)),
            Map.entry("GET /admin/projections/{name}", rule(Scope.CLINICS_OF_THE_USER, ADM)),
            Map.entry("POST /admin/projections/{name}/rebuild", rule(Scope.CLINICS_OF_THE_USER, ADM)),
            Map.entry("POST /admin/projections/{name}/segments", rule(Scope.CLINICS_OF_THE_USER, ADM)),
            Map.entry("POST /admin/projections/rebuild", rule(Scope.CLINICS_OF_THE_USER, ADM)));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ClinicalScenario own;
    private ClinicalScenario other;

    @BeforeAll
    void twoClinicsWithATreatedPatientEach() {
        own = new ClinicalScenario().recordFullCourse(new ClinicHttp(port, OWN));
        other = new ClinicalScenario().recordFullCourse(new ClinicHttp(port, OTHER));
    }

    /** The endpoints of the backend as the application maps them: "METHOD /pattern". */
    List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getName().startsWith("io.mesorecords.")) {
                continue;
            }
            for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints.stream().distinct().sorted().toList();
    }

    @Test
    void everyEndpointHasARuleInTheMatrix() {
        assertThat(endpoints()).as("endpoints of the application").isNotEmpty();
        assertThat(new TreeSet<>(MATRIX.keySet()))
                .as("the matrix names exactly the application's endpoints: add a rule for a new one")
                .containsExactlyElementsOf(new TreeSet<>(endpoints()));
    }

    Stream<String> endpointsOfTheApplication() {
        // Rebuilding every projection last: while it runs, histories not yet replayed answer 404.
        return endpoints().stream()
                .sorted((a, b) -> Boolean.compare(
                        a.equals("POST /admin/projections/rebuild"), b.equals("POST /admin/projections/rebuild")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsOfTheApplication")
    void answersEachRoleAboutItsOwnAndAnotherClinicAsTheMatrixSays(String endpoint) {
        Rule rule = MATRIX.get(endpoint);
        assertThat(rule).as("rule for %s", endpoint).isNotNull();
        List<String> mismatches = new ArrayList<>();

        ClinicHttp.Answer anonymous = call(endpoint, new ClinicHttp(port, OWN).withAuthorization(null), own, OWN);
        expect(mismatches, endpoint, "no token", anonymous, 401, "access.unauthenticated");

        for (Role role : Role.values()) {
            ClinicHttp user = new ClinicHttp(port, OWN).as(role);
            ClinicHttp.Answer aboutOwn = call(endpoint, user, own, OWN);
            ClinicHttp.Answer aboutOther = call(endpoint, user, other, OTHER);
            if (!rule.roles().contains(role)) {
                expect(mismatches, endpoint, role + " own clinic", aboutOwn, 403, "access.role-not-permitted");
                expect(mismatches, endpoint, role + " other clinic", aboutOther, 403, "access.role-not-permitted");
                continue;
            }
            admitted(mismatches, endpoint, role + " own clinic", aboutOwn);
            switch (rule.scope()) {
                case PATIENT ->
                    expect(mismatches, endpoint, role + " other clinic", aboutOther, 404, "patient.not-found");
                case CLINIC ->
                    expect(mismatches, endpoint, role + " other clinic", aboutOther, 403, "access.not-a-member");
                case CLINICS_OF_THE_USER -> {
                    admitted(mismatches, endpoint, role + " other clinic", aboutOther);
                    assertThat(aboutOther.body().toString())
                            .as("%s as %s reveals nothing of the other clinic's patient", endpoint, role)
                            .doesNotContain(other.patientId());
                }
            }
        }
        assertThat(mismatches).as(endpoint).isEmpty();
    }

    private static void expect(
            List<String> mismatches, String endpoint, String who, ClinicHttp.Answer answer, int status, String code) {
        if (answer.status() != status || !code.equals(answer.code())) {
            mismatches.add(who + ": expected " + status + " " + code + ", got " + answer);
        }
    }

    /** Let through authorization: whatever the record or read model then answers, it is not a refusal of access. */
    private static void admitted(List<String> mismatches, String endpoint, String who, ClinicHttp.Answer answer) {
        boolean refused = answer.status() == 401
                || answer.status() == 403
                || (answer.status() == 404 && "patient.not-found".equals(answer.code()))
                || answer.status() >= 500;
        if (refused) {
            mismatches.add(who + ": expected to be admitted, got " + answer);
        }
    }

    /** Calls the endpoint about this patient (and clinic) with a request the endpoint accepts. */
    private ClinicHttp.Answer call(String endpoint, ClinicHttp user, ClinicalScenario target, String clinic) {
        String[] methodAndPattern = endpoint.split(" ", 2);
        Function<String, String> path = pattern -> pattern.replace("{patientId}", target.patientId())
                .replace("{courseId}", target.courseId())
                .replace("{sessionId}", target.firstSessionId())
                .replace("{reactionId}", target.reactionId())
                .replace("{scope}", "PHOTOGRAPHS")
                .replace("{lotNumber}", ClinicalRequests.LOT)
                .replace("{name}", "no-such-projection");
        String url = path.apply(methodAndPattern[1]) + query(endpoint, target, clinic);
        if (methodAndPattern[0].equals("GET")) {
            return user.get(url);
        }
        return user.post(url, body(endpoint, clinic));
    }

    private static String query(String endpoint, ClinicalScenario target, String clinic) {
        return switch (endpoint) {
            case "GET /schedule" -> "?clinicId=" + clinic + "&day=" + ClinicalRequests.SCREENED_ON;
            case "GET /maintenance-due" -> "?clinicId=" + clinic;
            case "GET /reports/outcomes" -> "?groupBy=technique&clinic=" + clinic;
            case "GET /audit/access" -> "?patientId=" + target.patientId();
            default -> "";
        };
    }

    private static Object body(String endpoint, String clinic) {
        String later = ClinicalRequests.weekly(9).toString();
        return switch (endpoint) {
            case "POST /patients" -> {
                Map<String, Object> registration =
                        ClinicalRequests.registration(UUID.randomUUID().toString());
                registration.put("clinicId", clinic);
                yield registration;
            }
            case "POST /patients/{patientId}/corrections" ->
                json(
                        "entry", json("type", "PATIENT", "id", "x"),
                        "correctedValues", Map.of("name.family", "de Vries-Smit"),
                        "reason", "married");
            case "POST /patients/{patientId}/erasure" -> json("administratorOverride", false);
            case "POST /patients/{patientId}/screenings" -> ClinicalRequests.screening();
            case "POST /patients/{patientId}/consents" -> ClinicalRequests.consent("PHOTOGRAPHS");
            case "POST /patients/{patientId}/consents/{scope}/withdrawal" -> json("withdrawnAt", later);
            case "POST /patients/{patientId}/courses" ->
                ClinicalRequests.course(UUID.randomUUID().toString(), "HYALURONIC_ACID");
            case "POST /patients/{patientId}/courses/{courseId}/extension" ->
                json("additionalSessions", 1, "reason", "slow response");
            case "POST /patients/{patientId}/courses/{courseId}/completion" -> ClinicalRequests.completion();
            case "POST /patients/{patientId}/courses/{courseId}/discontinuation" ->
                json(
                        "discontinuedOn",
                        ClinicalRequests.SCREENED_ON.plusDays(50).toString(),
                        "reason",
                        "PATIENT_DECISION");
            case "POST /patients/{patientId}/assessments" ->
                ClinicalRequests.assessment(UUID.randomUUID().toString(), 1, "WSRS", 3);
            case "POST /patients/{patientId}/sessions" ->
                ClinicalRequests.session(
                        UUID.randomUUID().toString(), UUID.randomUUID().toString(), ClinicalRequests.weekly(9));
            case "POST /patients/{patientId}/sessions/{sessionId}/rescheduling" ->
                json("startsAt", later, "practitionerId", "dr-jansen", "plannedMinutes", 30);
            case "POST /patients/{patientId}/sessions/{sessionId}/cancellation" -> json("reason", "patient has a cold");
            case "POST /patients/{patientId}/sessions/{sessionId}/performance" ->
                ClinicalRequests.performance(ClinicalRequests.weekly(0));
            case "POST /patients/{patientId}/reactions" ->
                ClinicalRequests.reaction(
                        UUID.randomUUID().toString(), UUID.randomUUID().toString(), ClinicalRequests.weekly(0));
            case "POST /patients/{patientId}/reactions/{reactionId}/resolution" ->
                ClinicalRequests.resolution(ClinicalRequests.weekly(1));
            case "POST /admin/projections/{name}/segments" -> json("segments", 4);
            default -> json();
        };
    }
}
