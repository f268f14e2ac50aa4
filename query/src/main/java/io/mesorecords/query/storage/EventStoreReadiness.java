package io.mesorecords.query.storage;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds the event processors back until the event store exists. On a shared database the write side owns the event
 * store's tables (its own Flyway history), and a streaming processor cannot even compute its first token without them:
 * a query node started before any command node would otherwise fail its start-up. With Axon Server there is no such
 * table to wait for.
 */
@Component
class EventStoreReadiness implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStoreReadiness.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final JdbcTemplate jdbc;
    private final Duration patience;
    private volatile boolean running;

    EventStoreReadiness(
            ObjectProvider<EventStorageEngine> storageEngine,
            DataSource dataSource,
            @Value("${mesorecords.query.event-store-wait:60s}") Duration patience) {
        this.storageEngine = storageEngine;
        this.jdbc = new JdbcTemplate(dataSource);
        this.patience = patience;
    }

    @Override
    public void start() {
        if (storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine) {
            awaitEventStore();
        }
        running = true;
    }

    private void awaitEventStore() {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean announced = false;
        while (true) {
            try {
                jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE 1 = 0", Long.class);
                return;
            } catch (DataAccessException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "The event store does not exist after " + patience
                                    + ": start a command service on this database first",
                            notYet);
                }
                if (!announced) {
                    log.info("Waiting up to {} for the write side to create the event store", patience);
                    announced = true;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the event store", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // Just before Axon starts its processors.
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }
}
