package io.mesorecords.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.common.PatientId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeReport;
import io.mesorecords.query.history.FindStoredHistoryQuery;
import io.mesorecords.query.history.StoredHistory;
import io.mesorecords.query.projection.ReadSideTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Queries asked through the query bus: no handler runs inside a transaction of the bus's making, so the outcome
 * report's own repeatable-read snapshot is the transaction its statements run in, and a history read is one statement
 * without a transaction around it. Every statement the application prepares is recorded with the state of its
 * connection at that moment.
 */
@ReadSideTest
@Import(QueryBusTransactionTest.RecordingDataSource.class)
class QueryBusTransactionTest {

    record Prepared(String sql, boolean autoCommit, int isolation) {}

    static final List<Prepared> PREPARED = new CopyOnWriteArrayList<>();

    @Autowired
    QueryGateway queryGateway;

    @BeforeEach
    void forget() {
        PREPARED.clear();
    }

    @Test
    void theReportsStatementsRunInItsRepeatableReadSnapshot() {
        OutcomeReport report = queryGateway
                .query(
                        new FindOutcomeReportQuery(List.of(OutcomeDimension.AGE_BAND), null, null),
                        ResponseTypes.instanceOf(OutcomeReport.class))
                .join();

        assertThat(report.groupBy()).containsExactly(OutcomeDimension.AGE_BAND);
        List<Prepared> reportStatements = statementsContaining("PERCENTILE_CONT");
        // Cells with the session median, the median reaction duration; the total's two more (H2 has no grouping sets).
        assertThat(reportStatements).hasSizeGreaterThanOrEqualTo(2).allSatisfy(prepared -> {
            assertThat(prepared.autoCommit()).as("in a transaction").isFalse();
            assertThat(prepared.isolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        });
    }

    @Test
    void aHistoryReadIsOneStatementOutsideAnyTransaction() {
        var found = queryGateway
                .query(
                        new FindStoredHistoryQuery(new PatientId(UUID.randomUUID())),
                        ResponseTypes.optionalInstanceOf(StoredHistory.class))
                .join();

        assertThat(found).isEmpty();
        assertThat(statementsContaining("SELECT version, document FROM patient_history WHERE patient_id = ?"))
                .singleElement()
                .satisfies(prepared -> assertThat(prepared.autoCommit()).isTrue());
    }

    /** Reads only: the projections' processors prepare statements on the same data source meanwhile. */
    private static List<Prepared> statementsContaining(String text) {
        return PREPARED.stream()
                .filter(prepared -> prepared.sql().contains(text))
                .filter(prepared -> prepared.sql().trim().toUpperCase().startsWith("SELECT"))
                .toList();
    }

    @TestConfiguration
    static class RecordingDataSource {

        @Bean
        static BeanPostProcessor recordPreparedStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Recording)
                            ? new Recording(dataSource)
                            : bean;
                }
            };
        }
    }

    static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        private static Connection recording(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                            PREPARED.add(new Prepared(
                                    sql, connection.getAutoCommit(), connection.getTransactionIsolation()));
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
