package io.mesorecords.command.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC engine, plus one {@code record_chain} link per appended event in the same transaction: the events of a
 * command and their links commit together or not at all. Axon appends in the unit of work's prepare-commit phase,
 * inside the command's transaction, so a failure to link rolls the events back too.
 */
class ChainedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final RecordChainStore chain;
    private final EventForms forms;
    private final TransactionManager transactions;
    private final RecordChainHeads committedHeads = new RecordChainHeads(50_000);

    ChainedJdbcEventStorageEngine(
            Builder builder, RecordChainStore chain, EventForms forms, TransactionManager transactions) {
        super(builder);
        this.chain = chain;
        this.forms = forms;
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        transactions.executeInTransaction(() -> link(events));
    }

    private void link(List<? extends EventMessage<?>> events) {
        Map<String, byte[]> heads = new HashMap<>();
        Map<String, Long> lastSequence = new HashMap<>();
        List<RecordChainStore.Row> rows = new ArrayList<>(events.size());
        for (EventMessage<?> message : events) {
            if (!(message instanceof DomainEventMessage<?> event)) {
                continue; // only aggregate events are appended to patient records
            }
            StoredEvent stored = forms.ofMessage(event);
            byte[] previous = heads.computeIfAbsent(stored.aggregateIdentifier(), id -> previousOf(stored));
            byte[] hash = RecordChain.link(previous, stored);
            rows.add(new RecordChainStore.Row(
                    stored.aggregateIdentifier(),
                    new RecordChainStore.Link(
                            stored.sequenceNumber(), stored.eventIdentifier(), RecordChain.hex(hash))));
            heads.put(stored.aggregateIdentifier(), hash);
            lastSequence.put(stored.aggregateIdentifier(), stored.sequenceNumber());
        }
        // One batched statement for all links of the command.
        chain.addAll(rows);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get()
                    .root()
                    .afterCommit(u -> lastSequence.forEach((aggregate, sequence) ->
                            committedHeads.committed(aggregate, sequence, heads.get(aggregate))));
        }
    }

    // An event appended before the chain existed has no link; the chain then restarts from genesis, and verification
    // names the first unlinked event (docs/security.md, "Still to come": sealing older events).
    private byte[] previousOf(StoredEvent event) {
        if (event.sequenceNumber() == 0) {
            return RecordChain.GENESIS;
        }
        Optional<byte[]> committed = committedHeads.hashAt(event.aggregateIdentifier(), event.sequenceNumber() - 1);
        if (committed.isPresent()) {
            return committed.get();
        }
        return chain.hashOf(event.aggregateIdentifier(), event.sequenceNumber() - 1)
                .map(RecordChain::unhex)
                .orElse(RecordChain.GENESIS);
    }
}
