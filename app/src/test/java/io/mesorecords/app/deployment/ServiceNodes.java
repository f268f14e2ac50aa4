package io.mesorecords.app.deployment;

import io.mesorecords.command.CommandServiceApplication;
import io.mesorecords.platform.security.TestTokens;
import io.mesorecords.privacy.MasterKey;
import io.mesorecords.query.QueryServiceApplication;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command and query services started as separate application contexts in this JVM, the way separate machines run them:
 * each through its service's own entry point and configuration name, on a free port, with its own Axon Server client id
 * and its own token owner name. The multi-node tests of issue 4 start their nodes here: conflicting commands over shared
 * PostgreSQL, segment takeover between query nodes, the clinical scenario through Axon Server.
 */
final class ServiceNodes implements AutoCloseable {

    static final String NODE_PROPERTY = "mesorecords.test.node";

    private final ConfigurableApplicationContext infrastructure;
    private final List<String> arguments;
    private final Deque<ConfigurableApplicationContext> running = new ConcurrentLinkedDeque<>();
    private final AtomicInteger started = new AtomicInteger();

    /** Nodes configured by arguments alone, e.g. {@code --spring.datasource.url=...}. */
    ServiceNodes(String... arguments) {
        this(null, arguments);
    }

    /**
     * Nodes that also see the beans of {@code infrastructure}, a parent context holding connection details (Testcontainers
     * beans annotated with {@code @ServiceConnection}); the containers outlive every node.
     */
    ServiceNodes(ConfigurableApplicationContext infrastructure, String... arguments) {
        this.infrastructure = infrastructure;
        // Nodes of one deployment share their database, so they share its master key (outside the embedded default
        // every node refuses to start without one).
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--mesorecords.privacy.master-key=" + MasterKey.random().base64());
        this.arguments = List.copyOf(all);
    }

    ConfigurableApplicationContext commandNode(Class<?>... extraSources) {
        return start("command", CommandServiceApplication.service(), extraSources);
    }

    ConfigurableApplicationContext queryNode(Class<?>... extraSources) {
        return start("query", QueryServiceApplication.service(), extraSources);
    }

    /**
     * A query node whose start-up signals {@code prepared} once its context is prepared. Spring Boot's logging system
     * is global to the JVM: two nodes preparing at the same instant race on it, which separate machines never do.
     */
    ConfigurableApplicationContext queryNode(CountDownLatch prepared) {
        return start(
                "query",
                QueryServiceApplication.service()
                        .listeners((ApplicationListener<ApplicationPreparedEvent>) event -> prepared.countDown()),
                new Class<?>[0]);
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private ConfigurableApplicationContext start(
            String side, SpringApplicationBuilder service, Class<?>[] extraSources) {
        String node = side + "-" + started.incrementAndGet();
        List<String> nodeArguments = new ArrayList<>(arguments);
        nodeArguments.add("--server.port=0");
        // Every node trusts the test issuer's tokens, as a deployment trusts its authorization server.
        for (String property : TestTokens.propertyPairs()) {
            nodeArguments.add("--" + property);
        }
        nodeArguments.add("--" + NODE_PROPERTY + "=" + node);
        // Several nodes share this JVM: each claims processor segments under its own name.
        nodeArguments.add("--mesorecords.processing.node-id=" + node);
        // One JVM has one default client id (pid@host); Axon Server would take two nodes for one client.
        nodeArguments.add("--axon.axonserver.client-id=" + node);
        if (infrastructure != null) {
            service.parent(infrastructure);
        }
        ConfigurableApplicationContext context =
                service.sources(extraSources).run(nodeArguments.toArray(String[]::new));
        running.push(context);
        return context;
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext node = running.poll(); node != null; node = running.poll()) {
            node.close();
        }
    }
}
