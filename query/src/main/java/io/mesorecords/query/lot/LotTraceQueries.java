package io.mesorecords.query.lot;

import static io.mesorecords.query.projection.Sql.instant;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.CourseId;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.common.PractitionerId;
import io.mesorecords.api.common.SessionId;
import io.mesorecords.api.lot.FindLotUsesQuery;
import io.mesorecords.api.lot.LotTrace;
import io.mesorecords.api.lot.LotUse;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers lot trace queries from the lot read model. */
@Component
class LotTraceQueries {

    private final JdbcClient jdbc;

    LotTraceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    LotTrace handle(FindLotUsesQuery query) {
        var uses = jdbc.sql(
                        """
                        SELECT u.*, p.clinic_id, p.given_name, p.family_name
                        FROM lot_use u JOIN lot_patient p ON p.patient_id = u.patient_id
                        WHERE u.lot_number = ? ORDER BY u.performed_at, u.event_id, u.line""")
                .param(query.lotNumber())
                .query((rs, row) -> new LotUse(
                        SessionId.of(rs.getString("session_id")),
                        CourseId.of(rs.getString("course_id")),
                        PatientId.of(rs.getString("patient_id")),
                        rs.getString("given_name") == null && rs.getString("family_name") == null
                                ? null
                                : new PersonName(rs.getString("given_name"), rs.getString("family_name")),
                        ClinicId.of(rs.getString("clinic_id")),
                        PractitionerId.of(rs.getString("practitioner_id")),
                        instant(rs, "performed_at"),
                        rs.getString("product_name"),
                        rs.getObject("expiry_date", LocalDate.class),
                        rs.getBigDecimal("volume_ml")))
                .list();
        return new LotTrace(query.lotNumber(), uses);
    }
}
