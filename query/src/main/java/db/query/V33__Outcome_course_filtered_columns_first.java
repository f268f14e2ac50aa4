package db.query;

import io.mesorecords.platform.storage.SqlVendor;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rebuilds {@code outcome_course} with the columns a report filters on at the front of the row (docs/decisions.md,
 * decision 31). PostgreSQL decodes a row's columns from the first up to the last one a statement reads, so a report
 * that tests {@code technique} and {@code indications} decoded every one of the 42 columns of every course it then
 * left out: {@code indications} and {@code ingredients}, added by {@code V31}, were the last two. The columns and
 * their contents are unchanged; only their order is. On H2 the same statements run, so both vendors keep one schema.
 *
 * <p>The rows are copied in primary-key order into a new table, which is then renamed; the primary key and the four
 * indexes are built afterwards, once, on the copied rows. On PostgreSQL the new table keeps {@code V32}'s fill factor.
 * The migration takes the table's lock for its duration: on 200,000 courses a few seconds.
 */
public class V33__Outcome_course_filtered_columns_first extends BaseJavaMigration {

    /** Every column of {@code outcome_course} as {@code V20} and {@code V31} define it, in the new order. */
    static final List<String> COLUMNS = List.of(
            "course_key             BIGINT        NOT NULL",
            "patient_key            BIGINT        NOT NULL",
            // what a report filters on: first the ones its filters test most, then the other dimensions
            "technique              VARCHAR(32)   NOT NULL",
            "indications            VARCHAR(1000) DEFAULT '|' NOT NULL",
            "ingredients            VARCHAR(1000) DEFAULT '|' NOT NULL",
            "clinic_id              VARCHAR(64)   NOT NULL",
            "age_band               SMALLINT",
            "fitzpatrick            SMALLINT",
            "glogau                 SMALLINT",
            "planned_month          CHAR(7)       NOT NULL",
            "planned_quarter        CHAR(7)       NOT NULL",
            "planned_year           CHAR(4)       NOT NULL",
            // what its metrics read, as before
            "status                 VARCHAR(16)   NOT NULL",
            "discontinuation_reason VARCHAR(32)",
            "final_gais             SMALLINT",
            "satisfaction           SMALLINT",
            "performed_sessions     INTEGER       DEFAULT 0 NOT NULL",
            "sessions_with_reaction INTEGER       DEFAULT 0 NOT NULL",
            "reactions              INTEGER       DEFAULT 0 NOT NULL",
            "reactions_within_48h   INTEGER       DEFAULT 0 NOT NULL",
            "sessions_erythema            INTEGER DEFAULT 0 NOT NULL",
            "sessions_oedema              INTEGER DEFAULT 0 NOT NULL",
            "sessions_papules             INTEGER DEFAULT 0 NOT NULL",
            "sessions_haematoma           INTEGER DEFAULT 0 NOT NULL",
            "sessions_itching             INTEGER DEFAULT 0 NOT NULL",
            "sessions_burning             INTEGER DEFAULT 0 NOT NULL",
            "sessions_pain                INTEGER DEFAULT 0 NOT NULL",
            "sessions_infection           INTEGER DEFAULT 0 NOT NULL",
            "sessions_nodules             INTEGER DEFAULT 0 NOT NULL",
            "sessions_allergic_reaction   INTEGER DEFAULT 0 NOT NULL",
            "sessions_pigmentation_change INTEGER DEFAULT 0 NOT NULL",
            "sessions_grade_1             INTEGER DEFAULT 0 NOT NULL",
            "sessions_grade_2             INTEGER DEFAULT 0 NOT NULL",
            "sessions_grade_3             INTEGER DEFAULT 0 NOT NULL",
            "sessions_grade_4             INTEGER DEFAULT 0 NOT NULL",
            "sessions_grade_5             INTEGER DEFAULT 0 NOT NULL",
            "wsrs_baseline          DECIMAL(10, 4)",
            "wsrs_last              DECIMAL(10, 4)",
            "hydration_baseline     DECIMAL(10, 4)",
            "hydration_last         DECIMAL(10, 4)",
            "elasticity_baseline    DECIMAL(10, 4)",
            "elasticity_last        DECIMAL(10, 4)");

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = SqlVendor.of(context.getConnection()) == SqlVendor.POSTGRESQL;
        String names = String.join(", ", names());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE outcome_course_v33 (" + String.join(", ", COLUMNS) + ")"
                    + (postgres ? " WITH (fillfactor = 80)" : ""));
            statement.execute("INSERT INTO outcome_course_v33 (" + names + ") SELECT " + names
                    + " FROM outcome_course ORDER BY course_key");
            statement.execute("DROP TABLE outcome_course");
            statement.execute("ALTER TABLE outcome_course_v33 RENAME TO outcome_course");
            statement.execute("ALTER TABLE outcome_course ADD CONSTRAINT pk_outcome_course PRIMARY KEY (course_key)");
            statement.execute("CREATE INDEX ix_outcome_course_patient ON outcome_course (patient_key)");
            statement.execute("CREATE INDEX ix_outcome_course_technique ON outcome_course (technique, planned_month)");
            statement.execute("CREATE INDEX ix_outcome_course_clinic ON outcome_course (clinic_id, planned_month)");
            statement.execute("CREATE INDEX ix_outcome_course_month ON outcome_course (planned_month)");
            if (postgres) {
                statement.execute("ANALYZE outcome_course");
            }
        }
    }

    static List<String> names() {
        return COLUMNS.stream().map(column -> column.split(" ", 2)[0]).toList();
    }
}
