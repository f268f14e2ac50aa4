package io.mesorecords.app.wiring;

import static io.mesorecords.app.scenario.ClinicalRequests.consent;
import static io.mesorecords.app.scenario.ClinicalRequests.registration;
import static io.mesorecords.app.scenario.ClinicalRequests.screening;
import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.scenario.ClinicHttp;
import io.mesorecords.app.support.EmbeddedDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every connection taken from the pool is given back exactly once. A pool hands a returned connection to the next
 * thread that asks, and HikariCP keeps a connection's list of open statements with the pooled connection, not with the
 * borrower: a second {@code close()} by the first borrower clears the list the next borrower is using. That race
 * corrupted the list once in a benchmark run (an {@code ArrayIndexOutOfBoundsException} in HikariCP's {@code
 * FastList} under an event append, docs/benchmarks.md, round 5). Here the commands' units of work, the event append
 * with its personal-data key and record-chain links, and the projections run on connections that report a second
 * close.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionReturnTest {

    static final List<String> SECOND_CLOSES = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void everyConnectionIsGivenBackOnce() {
        ClinicHttp http = new ClinicHttp(port);
        for (int i = 0; i < 3; i++) {
            String patient = UUID.randomUUID().toString();
            assertThat(http.post("/patients", registration(patient)).status()).isEqualTo(201);
            assertThat(http.post("/patients/" + patient + "/screenings", screening())
                            .status())
                    .isEqualTo(201);
            assertThat(http.post("/patients/" + patient + "/consents", consent("TREATMENT"))
                            .status())
                    .isEqualTo(201);
            http.awaitProjectionsCaughtUp(Duration.ofSeconds(30));
            assertThat(http.get("/patients/" + patient + "/history").status()).isEqualTo(200);
        }

        assertThat(SECOND_CLOSES).as("connections closed a second time, by").isEmpty();
    }

    @TestConfiguration
    static class CountedCloses {

        @Bean
        static BeanPostProcessor closeCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource pool && !(bean instanceof CloseCounting)
                            ? new CloseCounting(pool)
                            : bean;
                }
            };
        }
    }

    /** Hands out the pool's connections wrapped, noting every close of one that was already closed. */
    static final class CloseCounting extends DelegatingDataSource {

        CloseCounting(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection pooled) {
            InvocationHandler handler = new InvocationHandler() {
                private boolean closed;

                @Override
                public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        synchronized (this) {
                            if (closed) {
                                SECOND_CLOSES.add(Thread.currentThread().getName() + ": "
                                        + stackOf(new Throwable("second close")));
                            }
                            closed = true;
                        }
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    ConnectionReturnTest.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static String stackOf(Throwable where) {
            StringBuilder stack = new StringBuilder();
            StackTraceElement[] frames = where.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                stack.append("\n    at ").append(frames[i]);
            }
            return stack.toString();
        }
    }
}
