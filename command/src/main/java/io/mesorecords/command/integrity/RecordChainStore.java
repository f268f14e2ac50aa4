package io.mesorecords.command.integrity;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code record_chain}: one link per stored event. */
@Component
class RecordChainStore {

    record Link(long sequenceNumber, String eventIdentifier, String entryHash) {}

    record Row(String aggregateIdentifier, Link link) {}

    private static final String INSERT =
            "INSERT INTO record_chain (aggregate_identifier, sequence_number, event_identifier, entry_hash)"
                    + " VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RecordChainStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
    }

    Optional<String> hashOf(String aggregateIdentifier, long sequenceNumber) {
        return jdbc.sql("SELECT entry_hash FROM record_chain WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateIdentifier, sequenceNumber)
                .query(String.class)
                .optional();
    }

    void addAll(List<Row> rows) {
        if (rows.size() == 1) {
            Row row = rows.get(0);
            jdbc.sql(INSERT)
                    .params(
                            row.aggregateIdentifier(),
                            row.link().sequenceNumber(),
                            row.link().eventIdentifier(),
                            row.link().entryHash())
                    .update();
        } else if (!rows.isEmpty()) {
            batch.batchUpdate(
                    INSERT,
                    rows.stream()
                            .map(row -> new Object[] {
                                row.aggregateIdentifier(),
                                row.link().sequenceNumber(),
                                row.link().eventIdentifier(),
                                row.link().entryHash()
                            })
                            .toList());
        }
    }

    List<Link> links(String aggregateIdentifier) {
        return jdbc.sql("SELECT sequence_number, event_identifier, entry_hash FROM record_chain"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(aggregateIdentifier)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
