package io.mesorecords.query.history;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientEvent;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.history.PatientHistory;
import io.mesorecords.api.history.RecordedBy;
import io.mesorecords.api.history.TimelineEntry;
import io.mesorecords.api.patient.PersonalDataErased;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Remembered entry JSON must never change what is stored: every document equals the one written afresh. */
class HistoryDocumentsTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");

    private final HistoryDocuments documents = new HistoryDocuments();
    private final PatientId patient = PatientId.random();
    private final CourseId course = CourseId.random();
    private final SessionId session = SessionId.random();
    private long sequence = -1;

    @Test
    void aDocumentGrownBatchByBatchIsTheDocumentWrittenAfresh() {
        PatientHistory history = fold(null, registered(patient, "Ada", "Lovelace"));
        for (PatientEvent next : List.of(
                coursePlanned(patient, course, LocalDate.of(2025, 3, 3)),
                scheduled(patient, course, session, MONDAY.plusSeconds(86_400)),
                performed(patient, course, session, MONDAY.plusSeconds(86_400), LOT),
                indicationsCorrected(patient, course, "fine wrinkles, forehead"),
                completed(patient, course, LocalDate.of(2025, 3, 10)))) {
            assertThat(documents.write(history)).isEqualTo(documents.writeAfresh(history));
            PatientHistory before = history;
            PatientHistory grown = fold(before, next);
            // The fold keeps the earlier entries' very objects (what is remembered), unless a fact changed them.
            assertThat(grown.timeline())
                    .anySatisfy(e -> assertThat(before.timeline()).anyMatch(same(e)));
            history = grown;
        }

        String document = documents.write(history);

        assertThat(document).isEqualTo(documents.writeAfresh(history));
        assertThat(documents.read(document)).isEqualTo(history);
        assertThat(documents.clinicOf(document))
                .isEqualTo(history.summary().clinicId().value());
    }

    @Test
    void theClinicIsReadFromTheSummaryOnly() {
        assertThat(documents.clinicOf("{\"patientId\":\"p\",\"timeline\":[{\"clinicId\":\"elsewhere\"}],"
                        + "\"summary\":{\"name\":{\"clinicId\":\"nested\"},\"clinicId\":\"clinic-7\"}}"))
                .isEqualTo("clinic-7");
        assertThat(documents.clinicOf("{\"patientId\":\"p\",\"summary\":{\"name\":null}}"))
                .isNull();
        assertThat(documents.clinicOf("{\"patientId\":\"p\",\"summary\":{\"clinicId\":null}}"))
                .isNull();
        assertThat(documents.clinicOf("{\"clinicId\":\"top-level\"}")).isNull();
    }

    @Test
    void entriesAFactChangedAreWrittenAsTheyAreNow() {
        PatientHistory planned = fold(
                fold(null, registered(patient, "Ada", "Lovelace")),
                coursePlanned(patient, course, LocalDate.of(2025, 3, 3)));
        String before = documents.write(planned);

        PatientHistory corrected = fold(planned, indicationsCorrected(patient, course, "dehydrated skin"));
        PatientHistory erased = fold(
                corrected, new PersonalDataErased(patient, LocalDate.of(2025, 1, 1), true, "the patient's request"));

        assertThat(before).contains("Lovelace");
        assertThat(documents.write(corrected))
                .isEqualTo(documents.writeAfresh(corrected))
                .contains("dehydrated skin");
        assertThat(documents.write(erased))
                .isEqualTo(documents.writeAfresh(erased))
                .doesNotContain("Lovelace");
    }

    private PatientHistory fold(PatientHistory start, PatientEvent event) {
        sequence++;
        RecordedFact fact = new RecordedFact(
                sequence,
                UUID.randomUUID().toString(),
                MONDAY.plusSeconds(sequence),
                MONDAY.plusSeconds(sequence),
                new RecordedBy("dr-lee", "practitioner", CLINIC.asString()),
                event);
        return HistoryFold.fold(patient, start, List.of(fact));
    }

    private static java.util.function.Predicate<TimelineEntry> same(TimelineEntry entry) {
        return e -> e == entry;
    }
}
