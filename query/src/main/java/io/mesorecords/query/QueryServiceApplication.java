package io.mesorecords.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The read side on its own: a query service of the shared-PostgreSQL or Axon Server deployment, holding the
 * projections, read models and query API, and never the aggregate.
 *
 * <p>It reads {@value #CONFIG_NAME}.yml instead of application.yml: this module is also a library of app, and a second
 * application.yml on app's classpath would shadow app's own. app leaves this class out of its component scan.
 */
@SpringBootApplication
public class QueryServiceApplication {

    public static final String CONFIG_NAME = "mesorecords-query";

    public static void main(String[] args) {
        service().run(args);
    }

    /** The service as {@link #main} starts it; tests add sources and arguments to start several nodes in one JVM. */
    public static SpringApplicationBuilder service() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
