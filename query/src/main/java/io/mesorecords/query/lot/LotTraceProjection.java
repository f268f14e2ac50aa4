package io.mesorecords.query.lot;

import static io.mesorecords.query.projection.Sql.timestamp;

import io.mesorecords.api.clinical.ProductUse;
import io.mesorecords.api.patient.PatientRegistered;
import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.api.session.SessionPerformed;
import io.mesorecords.query.projection.PatientStatements;
import io.mesorecords.query.projection.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every product line of every performed session, by lot, for recalls. A use is keyed by its event and line, and only
 * inserted when absent, so a redelivered event adds nothing.
 */
@Component
@ProcessingGroup(LotTraceProjection.GROUP)
class LotTraceProjection {

    static final String GROUP = "lot-trace";

    private final JdbcTemplate jdbc;

    LotTraceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered e) {
        PatientStatements.add(
                jdbc,
                GROUP,
                e.patientId().asString(),
                """
                INSERT INTO lot_patient (patient_id, clinic_id, given_name, family_name)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM lot_patient WHERE patient_id = ?)""",
                e.patientId().asString(),
                e.clinicId().asString(),
                e.name() == null ? null : e.name().given(),
                e.name() == null ? null : e.name().family(),
                e.patientId().asString());
    }

    @EventHandler
    void on(PersonalDataErased e) {
        PatientStatements.add(
                jdbc,
                GROUP,
                e.patientId().asString(),
                "UPDATE lot_patient SET given_name = NULL, family_name = NULL WHERE patient_id = ?",
                e.patientId().asString());
    }

    @EventHandler
    void on(SessionPerformed e, @MessageIdentifier String eventId) {
        for (int line = 0; line < e.products().size(); line++) {
            ProductUse product = e.products().get(line);
            PatientStatements.add(
                    jdbc,
                    GROUP,
                    e.patientId().asString(),
                    """
                    INSERT INTO lot_use (event_id, line, lot_number, product_name, expiry_date, volume_ml, session_id,
                        course_id, patient_id, practitioner_id, performed_at)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM lot_use WHERE event_id = ? AND line = ?)""",
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
                    line);
        }
    }

    @ResetHandler
    void onReset() {
        ReadModelTables.empty(jdbc, "lot_use", "lot_patient");
    }
}
