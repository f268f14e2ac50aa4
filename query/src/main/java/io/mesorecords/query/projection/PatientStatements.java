package io.mesorecords.query.projection;

import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row changes a write-only projection makes during one batch, sent just before the batch commits in as few round
 * trips as possible instead of one per event. Each change belongs to one patient; the changes of one patient keep their
 * order, while changes of different patients touch different rows and commute. So the n-th change of every patient goes
 * out in round n, one JDBC batch per statement text. Outside a unit of work (a test handing events to a handler) each
 * change is made at once.
 */
public final class PatientStatements {

    private final JdbcTemplate jdbc;
    private final PatientRounds<String> queued = new PatientRounds<>();

    private PatientStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues (or, outside a batch, makes) one change of the patient's rows, in the projection's processing group. */
    public static void add(JdbcTemplate jdbc, String group, String patientId, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        PatientStatements batch =
                unitOfWork.getOrComputeResource(PatientStatements.class.getName() + "." + group, ignored -> {
                    PatientStatements created = new PatientStatements(jdbc);
                    unitOfWork.onPrepareCommit(u -> created.flush());
                    return created;
                });
        batch.queued.add(patientId, sql, args);
    }

    private void flush() {
        for (Map<String, List<Object[]>> round : queued.drain()) {
            round.forEach((sql, rows) -> {
                if (rows.size() == 1) {
                    jdbc.update(sql, rows.get(0));
                } else {
                    jdbc.batchUpdate(sql, rows);
                }
            });
        }
    }
}
