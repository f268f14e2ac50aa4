package io.mesorecords.query.maintenance;

import io.mesorecords.api.clinical.PersonName;
import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.maintenance.FindMaintenanceDueQuery;
import io.mesorecords.api.maintenance.MaintenanceCandidate;
import io.mesorecords.api.maintenance.MaintenanceDue;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers maintenance-due queries: no open course, the last course completed within the window, and no course planned
 * after that completion (a course planned and discontinued since counts as a course since).
 */
@Component
class MaintenanceDueQueries {

    private final JdbcClient jdbc;

    MaintenanceDueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    MaintenanceDue handle(FindMaintenanceDueQuery query) {
        var patients = jdbc.sql(
                        """
                        SELECT patient_id, given_name, family_name, last_completed_on FROM maintenance_patient
                        WHERE clinic_id = ? AND open_courses = 0 AND last_completed_on BETWEEN ? AND ?
                            AND last_planned_on <= last_completed_on
                        ORDER BY last_completed_on, patient_id""")
                .params(query.clinicId().asString(), query.completedFrom(), query.completedTo())
                .query((rs, row) -> new MaintenanceCandidate(
                        PatientId.of(rs.getString("patient_id")),
                        rs.getString("given_name") == null && rs.getString("family_name") == null
                                ? null
                                : new PersonName(rs.getString("given_name"), rs.getString("family_name")),
                        rs.getObject("last_completed_on", LocalDate.class)))
                .list();
        return new MaintenanceDue(query.clinicId(), patients);
    }
}
