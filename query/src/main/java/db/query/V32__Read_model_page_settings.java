package db.query;

import io.mesorecords.platform.storage.SqlVendor;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * How PostgreSQL lays out the two read-model tables the projections rewrite most (docs/decisions.md, decision 30). H2
 * has no such settings, so there this migration changes nothing; it is a Java migration only because the SQL exists
 * on one vendor alone.
 *
 * <ul>
 *   <li>{@code outcome_course}: each course row is updated several times in its life (sessions, reactions,
 *       assessments, status), never in an indexed column. Pages filled to 80% leave room for the new version in the
 *       same page, so the update is a heap-only tuple: none of the table's five indexes is written, and the page
 *       reclaims the old version itself. At the default 100% most updates moved the row to another page, wrote all
 *       five indexes and left the table about twice its live size for the report's scan to read.
 *   <li>{@code patient_history}: a document is rewritten whole for every batch that touches its patient. Compressed,
 *       it is a few kilobytes, which PostgreSQL by default moves out of the row into the TOAST table (over 2 kB): every
 *       rewrite inserted and deleted TOAST chunks and their index entries, and every read looked them up. With the
 *       tuple target at a page's size the compressed document stays in its row.
 * </ul>
 *
 * The settings apply to pages written from now on; rows already stored move into that layout as they are rewritten.
 */
public class V32__Read_model_page_settings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (SqlVendor.of(context.getConnection()) != SqlVendor.POSTGRESQL) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE outcome_course SET (fillfactor = 80)");
            statement.execute("ALTER TABLE patient_history SET (toast_tuple_target = 8160)");
        }
    }
}
