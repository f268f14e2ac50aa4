package io.mesorecords.command.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class UniqueKeyViolationResolverTest {

    private final UniqueKeyViolationResolver resolver = new UniqueKeyViolationResolver();

    @Test
    void recognisesPostgresUniqueViolationBySqlState() {
        SQLException postgres = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", postgres)))
                .isTrue();
    }

    @Test
    void recognisesAViolationHiddenBehindABatchUpdate() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("Unique index or primary key violation", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotRaces() {
        SQLException connectionLost = new SQLException("connection reset", "08006");
        SQLException notNull = new SQLException("null value in column", "23502");

        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("x", connectionLost)))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(notNull)).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no cause")))
                .isFalse();
    }
}
