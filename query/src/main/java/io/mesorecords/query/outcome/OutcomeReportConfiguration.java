package io.mesorecords.query.outcome;

import io.mesorecords.query.projection.Projection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the outcome report: its pooled streaming processor, projection, query handler and endpoint. The processor is
 * configured here rather than in application.yml so that the report brings its own settings wherever it is deployed.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutcomeReportProperties.class)
class OutcomeReportConfiguration {

    /** Patients whose stream the projection follows in memory ({@link PatientTrails}). */
    private static final int TRAILS = 50_000;

    @Bean
    Projection outcomeReportProjectionName() {
        return new Projection(OutcomeReportProjection.PROCESSING_GROUP);
    }

    @Bean
    OutcomeReportProjection outcomeReportProjection(
            DataSource dataSource, EventStore eventStore, OutcomeReportProperties properties) {
        Pseudonyms keys = new Pseudonyms(properties.pseudonymSecret());
        return new OutcomeReportProjection(
                new OutcomeRows(dataSource, batch -> OutcomeReportProjection.keysOf(batch, keys)),
                new PatientStream(eventStore),
                keys,
                new PatientTrails(TRAILS));
    }

    @Bean
    OutcomeReportQueryHandler outcomeReportQueryHandler(
            DataSource dataSource, PlatformTransactionManager transactionManager, OutcomeReportProperties properties) {
        return new OutcomeReportQueryHandler(
                new OutcomeReportRepository(JdbcClient.create(dataSource), isPostgres(dataSource)),
                properties.minCellSize(),
                new TransactionTemplate(transactionManager));
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL"
                    .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the data source is", e);
        }
    }
}
