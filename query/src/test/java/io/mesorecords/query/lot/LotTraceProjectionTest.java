package io.mesorecords.query.lot;

import static io.mesorecords.query.projection.Patients.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.lot.FindLotUsesQuery;
import io.mesorecords.api.lot.LotTrace;
import io.mesorecords.api.lot.LotUse;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.query.projection.ReadSideTest;
import io.mesorecords.query.projection.RecordedEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadSideTest
class LotTraceProjectionTest {

    private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");

    @Autowired
    RecordedEvents given;

    @Autowired
    QueryGateway queryGateway;

    private final String lot = "LOT-" + UUID.randomUUID();

    @Test
    void aLotLeadsToEverySessionAndPatientItWasUsedOn() {
        PatientId ana = PatientId.random();
        PatientId eva = PatientId.random();
        SessionId anaSession = performedSessionOf(ana, "Ana", lot, Instant.parse("2025-05-02T10:00:00Z"));
        SessionId evaSession = performedSessionOf(eva, "Eva", lot, Instant.parse("2025-05-01T10:00:00Z"));
        performedSessionOf(PatientId.random(), "Other", "ANOTHER-LOT", Instant.parse("2025-05-01T11:00:00Z"));
        given.awaitProjections();

        LotTrace trace =
                queryGateway.query(new FindLotUsesQuery(lot), LotTrace.class).join();

        assertThat(trace.uses()).extracting(LotUse::sessionId).containsExactly(evaSession, anaSession);
        assertThat(trace.uses()).extracting(LotUse::patientId).containsExactly(eva, ana);
        LotUse use = trace.uses().get(0);
        assertThat(use.patientName().given()).isEqualTo("Eva");
        assertThat(use.clinicId()).isEqualTo(CLINIC);
        assertThat(use.productName()).isEqualTo("NCTF 135HA");
        assertThat(use.expiryDate()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(use.volumeMl()).isEqualByComparingTo("3");
    }

    @Test
    void erasureKeepsTheTraceButDropsTheName() {
        PatientId ana = PatientId.random();
        performedSessionOf(ana, "Ana", lot, Instant.parse("2025-05-02T10:00:00Z"));
        given.record(NOW, new PersonalDataErased(ana, LocalDate.of(2035, 1, 1), true, "request"));
        given.awaitProjections();

        LotTrace trace =
                queryGateway.query(new FindLotUsesQuery(lot), LotTrace.class).join();

        assertThat(trace.uses()).singleElement().satisfies(use -> {
            assertThat(use.patientId()).isEqualTo(ana);
            assertThat(use.patientName()).isNull();
        });
    }

    private SessionId performedSessionOf(PatientId patient, String name, String lotNumber, Instant at) {
        CourseId course = CourseId.random();
        SessionId session = SessionId.random();
        given.record(
                NOW,
                registered(patient, name, "Lopez"),
                coursePlanned(patient, course, LocalDate.of(2025, 5, 1)),
                scheduled(patient, course, session, at),
                performed(patient, course, session, at, lotNumber));
        return session;
    }
}
