package io.mesorecords.query.history;

import io.mesorecords.api.clinical.ConsentScope;
import io.mesorecords.api.clinical.Contact;
import io.mesorecords.api.clinical.EntryReference;
import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.clinical.Sex;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.course.AssessmentRecorded;
import io.mesorecords.api.course.CourseCompleted;
import io.mesorecords.api.course.CourseDiscontinued;
import io.mesorecords.api.course.CourseExtended;
import io.mesorecords.api.course.CoursePlanned;
import io.mesorecords.api.history.ConsentState;
import io.mesorecords.api.history.Contraindication;
import io.mesorecords.api.history.Correction;
import io.mesorecords.api.history.CourseHistory;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.PatientSummary;
import io.mesorecords.api.history.TimelineEntry;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of {@link HistoryFold}: never leaves this package, never touches storage or the clock. */
final class HistoryBuilder {

    private static final Comparator<TimelineEntry> CLINICAL_ORDER =
            Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence);

    private final PatientId patientId;
    private long version = -1;
    private ClinicId clinicId;
    private PersonName name;
    private java.time.LocalDate dateOfBirth;
    private Sex sex;
    private Contact contact;
    private boolean erased;
    private MedicalHistoryRecorded screening;
    private final Map<ConsentScope, ConsentState> consents = new EnumMap<>(ConsentScope.class);
    private final Map<CourseId, CourseDraft> courses = new LinkedHashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();

    private HistoryBuilder(PatientId patientId) {
        this.patientId = patientId;
    }

    static HistoryBuilder empty(PatientId patientId) {
        return new HistoryBuilder(patientId);
    }

    static HistoryBuilder from(PatientHistory history) {
        HistoryBuilder b = new HistoryBuilder(history.patientId());
        PatientSummary s = history.summary();
        b.version = history.version();
        b.clinicId = s.clinicId();
        b.name = s.name();
        b.dateOfBirth = s.dateOfBirth();
        b.sex = s.sex();
        b.contact = s.contact();
        b.erased = s.personalDataErased();
        b.screening = s.currentScreening();
        s.consents().forEach(c -> b.consents.put(c.scope(), c));
        s.courses().forEach(c -> b.courses.put(c.courseId(), CourseDraft.from(c)));
        b.timeline.addAll(history.timeline());
        return b;
    }

    void apply(RecordedFact fact) {
        if (fact.sequence() <= version) {
            return;
        }
        version = fact.sequence();
        PatientEvent event = erased ? Redaction.redact(fact.event()) : fact.event();
        changeState(event);
        if (event instanceof EntryCorrected correction) {
            attach(correction, fact);
        } else {
            timeline.add(entry(fact, event));
        }
        if (event instanceof PersonalDataErased) {
            erase();
        }
    }

    PatientHistory build() {
        timeline.sort(CLINICAL_ORDER);
        List<CourseHistory> builtCourses =
                courses.values().stream().map(CourseDraft::build).toList();
        PatientSummary summary = new PatientSummary(
                clinicId,
                name,
                dateOfBirth,
                sex,
                contact,
                erased,
                screening,
                screening == null ? null : screening.allergies(),
                contraindications(),
                List.copyOf(consents.values()),
                builtCourses);
        return new PatientHistory(patientId, version, summary, timeline);
    }

    private void changeState(PatientEvent event) {
        if (event instanceof PatientRegistered e) {
            clinicId = e.clinicId();
            name = e.name();
            dateOfBirth = e.dateOfBirth();
            sex = e.sex();
            contact = e.contact();
        } else if (event instanceof MedicalHistoryRecorded e) {
            screening = e;
        } else if (event instanceof ConsentRecorded e) {
            ConsentState before = consents.get(e.scope());
            consents.put(
                    e.scope(),
                    new ConsentState(e.scope(), true, e.givenAt(), before == null ? null : before.withdrawnAt()));
        } else if (event instanceof ConsentWithdrawn e) {
            ConsentState before = consents.get(e.scope());
            consents.put(
                    e.scope(),
                    new ConsentState(e.scope(), false, before == null ? null : before.givenAt(), e.withdrawnAt()));
        } else if (event instanceof CoursePlanned e) {
            courses.put(e.courseId(), CourseDraft.planned(e));
        } else if (event instanceof CourseExtended e) {
            onCourse(e.courseId(), c -> c.extend(e.additionalSessions()));
        } else if (event instanceof CourseCompleted e) {
            onCourse(e.courseId(), c -> c.complete(e));
        } else if (event instanceof CourseDiscontinued e) {
            onCourse(e.courseId(), c -> c.discontinue(e));
        } else if (event instanceof AssessmentRecorded e) {
            onCourse(e.courseId(), c -> c.assess(e));
        } else if (event instanceof SessionScheduled e) {
            onCourse(e.courseId(), c -> c.schedule(e));
        } else if (event instanceof SessionRescheduled e) {
            onCourse(e.courseId(), c -> c.reschedule(e));
        } else if (event instanceof SessionCancelled e) {
            onCourse(e.courseId(), c -> c.cancel(e.sessionId(), e.reason()));
        } else if (event instanceof NoShowRecorded e) {
            onCourse(e.courseId(), c -> c.noShow(e.sessionId()));
        } else if (event instanceof SessionPerformed e) {
            onCourse(e.courseId(), c -> c.perform(e));
        } else if (event instanceof ReactionRecorded e) {
            onCourse(e.courseId(), c -> c.react(e));
        } else if (event instanceof ReactionResolved e) {
            courses.values().stream().anyMatch(c -> c.resolve(e));
        }
    }

    private void onCourse(CourseId id, java.util.function.Consumer<CourseDraft> change) {
        // The write side never records a fact about an unknown course; an orphan stays on the timeline only.
        CourseDraft draft = courses.get(id);
        if (draft != null) {
            change.accept(draft);
        }
    }

    private TimelineEntry entry(RecordedFact fact, PatientEvent event) {
        return new TimelineEntry(
                fact.sequence(),
                fact.eventId(),
                event.getClass().getSimpleName(),
                TimelineFacts.entryOf(event),
                TimelineFacts.occurredAt(event, fact.recordedAt()),
                fact.recordedAt(),
                fact.recordedBy(),
                event,
                List.of(),
                erased ? Redaction.erasedFieldsOf(event) : List.of());
    }

    /** A correction is shown with the latest recording fact of the entry it points at. */
    private void attach(EntryCorrected e, RecordedFact fact) {
        Correction correction = new Correction(
                fact.sequence(), fact.eventId(), e.correctedValues(), e.reason(), fact.recordedAt(), fact.recordedBy());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry candidate = timeline.get(i);
            if (isRecordingOf(candidate, e.entry())) {
                List<Correction> corrections = new ArrayList<>(candidate.corrections());
                corrections.add(correction);
                timeline.set(i, rewritten(candidate, candidate.fact(), corrections, candidate.erasedFields()));
                return;
            }
        }
        timeline.add(entry(fact, e));
    }

    private static boolean isRecordingOf(TimelineEntry candidate, EntryReference target) {
        return target.equals(candidate.entry())
                && TimelineFacts.RECORDING_FACTS.contains(candidate.fact().getClass());
    }

    void erase() {
        erased = true;
        name = null;
        dateOfBirth = null;
        contact = null;
        screening = screening == null ? null : (MedicalHistoryRecorded) Redaction.redact(screening);
        courses.values().forEach(CourseDraft::redact);
        timeline.replaceAll(entry -> erased(entry, Redaction.redact(entry.fact())));
    }

    /** The entry as erasure leaves it: its personal components gone and named, so a reader sees what was erased. */
    private static TimelineEntry erased(TimelineEntry entry, PatientEvent redacted) {
        return rewritten(
                entry,
                redacted,
                entry.corrections().stream()
                        .map(c -> new Correction(
                                c.sequence(),
                                c.eventId(),
                                Redaction.redactValues(c.correctedValues()),
                                Redaction.ERASED,
                                c.recordedAt(),
                                c.recordedBy()))
                        .toList(),
                Redaction.erasedFieldsOf(redacted));
    }

    private static TimelineEntry rewritten(
            TimelineEntry e, PatientEvent fact, List<Correction> corrections, List<String> erasedFields) {
        return new TimelineEntry(
                e.sequence(),
                e.eventId(),
                e.type(),
                e.entry(),
                e.occurredAt(),
                e.recordedAt(),
                e.recordedBy(),
                fact,
                corrections,
                erasedFields);
    }

    private List<Contraindication> contraindications() {
        List<Contraindication> found = new ArrayList<>();
        if (screening == null) {
            return found;
        }
        if (screening.pregnant()) {
            found.add(new Contraindication(Contraindication.Kind.PREGNANCY, null));
        }
        if (screening.breastfeeding()) {
            found.add(new Contraindication(Contraindication.Kind.BREASTFEEDING, null));
        }
        screening.allergies().forEach(i -> found.add(new Contraindication(Contraindication.Kind.ALLERGY, i.name())));
        screening
                .activeInfections()
                .forEach(a -> found.add(new Contraindication(Contraindication.Kind.INFECTION, a.name())));
        return found;
    }
}
