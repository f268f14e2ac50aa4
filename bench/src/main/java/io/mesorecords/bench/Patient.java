package io.mesorecords.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * One patient as the benchmark's clinic records it: where the patient is in the script and the ids the clinic chose.
 * Every command is valid for the record's rules (screened and consented before planning, sessions a week apart, lots
 * not expired), so any refusal is counted as an error. One client at a time works on a patient ({@link #record}).
 */
final class Patient {

    private static final String[] TECHNIQUES = {"MESO_INJECTOR", "MESO_PEN", "MANUAL_NEEDLE", "DERMAROLLER"};
    private static final String[] INDICATIONS = {"FINE_WRINKLES", "DEHYDRATED_OR_DULL_SKIN", "PHOTOAGEING"};

    /** Patients registered and courses planned by every patient of this run: the size of the data set. */
    static final LongAdder REGISTERED = new LongAdder();

    static final LongAdder COURSES = new LongAdder();

    private final long number;
    private final UUID id;
    private final ClinicalScript script;
    private final LocalDate today;
    private int index;
    private int course;
    private UUID courseId;
    private final List<UUID> sessions = new ArrayList<>();
    private int performed;
    private long version = -1;

    Patient(long number, ClinicalScript script, LocalDate today) {
        this.number = number;
        this.id = randomId();
        this.script = script;
        this.today = today;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    /** The step of this patient's next command, or null when the script is over. */
    synchronized ClinicalScript.Step nextStep() {
        return script.step(index);
    }

    /** Moves to the next step as if the command had been answered; for tests of the schedule, which send nothing. */
    synchronized void advanceForTest() {
        if (script.step(index) != null) {
            index = script.next(index);
        }
    }

    boolean done() {
        return script.step(index) == null;
    }

    /** Sends this patient's next command; answers the reply, or null when the script is over. */
    synchronized Api.Reply record(Api api) throws Exception {
        ClinicalScript.Step step = script.step(index);
        if (step == null) {
            return null;
        }
        Api.Reply reply = send(api, step);
        if (reply.ok()) {
            version = reply.version();
            index = script.next(index);
            if (step == ClinicalScript.Step.REGISTER) {
                REGISTERED.increment();
            } else if (step == ClinicalScript.Step.PLAN) {
                COURSES.increment();
            }
        }
        return reply;
    }

    private Api.Reply send(Api api, ClinicalScript.Step step) throws Exception {
        String base = "/patients/" + id;
        return switch (step) {
            case REGISTER -> api.post("/patients", Bodies.registration(id, number, today));
            case SCREENING -> api.post(base + "/screenings", Bodies.screening(today.minusDays(1)));
            case TREATMENT_CONSENT -> api.post(base + "/consents", Bodies.consent("TREATMENT", now()));
            case ANALYTICS_CONSENT -> api.post(base + "/consents", Bodies.consent("ANALYTICS", now()));
            case PLAN -> {
                course++;
                courseId = randomId();
                sessions.clear();
                performed = 0;
                yield api.post(base + "/courses", Bodies.plan(courseId, today, technique(), indication()));
            }
            case SCHEDULE -> {
                UUID session = randomId();
                Api.Reply reply =
                        api.post(base + "/sessions", Bodies.schedule(session, courseId, sessionStart(sessions.size())));
                if (reply.ok()) {
                    sessions.add(session);
                }
                yield reply;
            }
            case PERFORM -> {
                Api.Reply reply = api.post(
                        base + "/sessions/" + sessions.get(performed) + "/performance",
                        Bodies.performance(sessionStart(performed).plusSeconds(300), technique()));
                if (reply.ok()) {
                    performed++;
                }
                yield reply;
            }
            case REACTION ->
                api.post(
                        base + "/reactions",
                        Bodies.reaction(
                                randomId(), sessions.get(0), sessionStart(0).plusSeconds(7200)));
            case ASSESSMENT ->
                api.post(
                        base + "/assessments",
                        Bodies.assessment(
                                courseId, performed, sessionStart(performed - 1).plusSeconds(3600)));
            case COMPLETE ->
                api.post(
                        base + "/courses/" + courseId + "/completion",
                        Bodies.completion(sessionStart(Math.max(0, performed - 1))
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .plusDays(7)));
        };
    }

    /** Sessions of course c start a week apart from day 1 + 30 (c - 1): no overlap, interval respected. */
    private Instant sessionStart(int session) {
        return today.plusDays(1L + 30L * (course - 1) + 7L * session)
                .atTime(9 + (int) (number % 8), 0)
                .toInstant(ZoneOffset.UTC);
    }

    private String technique() {
        return TECHNIQUES[(int) ((number + course) % TECHNIQUES.length)];
    }

    private String indication() {
        return INDICATIONS[(int) ((number / 4 + course) % INDICATIONS.length)];
    }

    private Instant now() {
        return today.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static UUID randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (1L << 63));
    }
}
