package io.mesorecords.query.lot;

import static io.mesorecords.query.projection.Sql.timestamp;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.session.SessionPerformed;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every product line of every performed session, by lot, for recalls. A use is keyed by its event and line, and only
 * inserted when absent, so a redelivered event adds nothing.
 */
@Component
@ProcessingGroup(LotTraceProjection.GROUP)
class LotTraceProjection {

    static final String GROUP = "lot-trace";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LotTraceProjection(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @EventHandler
    void on(PatientRegistered e) {
        jdbc.sql(
                        """
                        INSERT INTO lot_patient (patient_id, clinic_id, given_name, family_name)
                        SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM lot_patient WHERE patient_id = ?)""")
                .params(
                        e.patientId().asString(),
                        e.clinicId().asString(),
                        e.name() == null ? null : e.name().given(),
                        e.name() == null ? null : e.name().family(),
                        e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(PersonalDataErased e) {
        jdbc.sql("UPDATE lot_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?")
                .param(e.patientId().asString())
                .update();
    }

    @EventHandler
    void on(SessionPerformed e, @MessageIdentifier String eventId) {
        List<Object[]> rows = new ArrayList<>();
        for (int line = 0; line < e.products().size(); line++) {
            ProductUse product = e.products().get(line);
            rows.add(new Object[] {
                eventId,
                line,
                product.lotNumber(),
                product.name(),
                product.expiryDate(),
                product.volumeMl(),
                e.sessionId().asString(),
                e.courseId().asString(),
                e.patientId().asString(),
                e.practitionerId().asString(),
                timestamp(e.performedAt()),
                eventId,
                line
            });
        }
        batch.batchUpdate(
                """
                INSERT INTO lot_use (event_id, line, lot_number, product_name, expiry_date, volume_ml, session_id,
                    course_id, patient_id, practitioner_id, performed_at)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM lot_use WHERE event_id = ? AND line = ?)""",
                rows);
    }

    @ResetHandler
    void onReset() {
        jdbc.sql("DELETE FROM lot_use").update();
        jdbc.sql("DELETE FROM lot_patient").update();
    }
}
