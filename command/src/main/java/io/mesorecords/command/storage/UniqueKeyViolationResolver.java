package io.mesorecords.command.storage;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed on the event table's unique key, i.e. another node or request appended the same
 * sequence number first. Axon's own JDBC resolver only recognises {@code SQLIntegrityConstraintViolationException},
 * which PostgreSQL's driver never throws and which H2 hides behind {@code BatchUpdateException.getNextException()}:
 * without this, a lost race answers 500 instead of a retryable {@code ConcurrencyException} (409).
 */
class UniqueKeyViolationResolver implements PersistenceExceptionResolver {

    /** SQLState of a unique constraint violation, the same on PostgreSQL and H2 (SQL standard class 23). */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isUniqueViolation(exception, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isUniqueViolation(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || failure instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (isUniqueViolation(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isUniqueViolation(failure.getCause(), seen);
    }
}
