package io.mesorecords.command.integrity;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code record_chain}: one link per stored event. */
@Component
class RecordChainStore {

    record Link(long sequenceNumber, String eventIdentifier, String entryHash) {}

    private final JdbcClient jdbc;

    RecordChainStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<String> hashOf(String aggregateIdentifier, long sequenceNumber) {
        return jdbc.sql("SELECT entry_hash FROM record_chain WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateIdentifier, sequenceNumber)
                .query(String.class)
                .optional();
    }

    void add(String aggregateIdentifier, Link link) {
        jdbc.sql("INSERT INTO record_chain (aggregate_identifier, sequence_number, event_identifier, entry_hash)"
                        + " VALUES (?, ?, ?, ?)")
                .params(aggregateIdentifier, link.sequenceNumber(), link.eventIdentifier(), link.entryHash())
                .update();
    }

    List<Link> links(String aggregateIdentifier) {
        return jdbc.sql("SELECT sequence_number, event_identifier, entry_hash FROM record_chain"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(aggregateIdentifier)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
