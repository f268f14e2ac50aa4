package io.mesorecords.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The token store of every streaming processor: JDBC on the read models' data source (so tokens commit with the rows),
 * with a serializer of its own. Axon's {@code ReplayToken}, written by every rebuild, types its fields by class name;
 * Jackson 3 refuses such class names unless a validator allows them, so this serializer allows Axon's token types and
 * nothing else, leaving the application's general serializer untouched.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    /**
     * Names this node in the segment claims; by default Axon's process name, which is unique per JVM. Several nodes in one
     * JVM (the multi-node tests) must set it.
     */
    static final String NODE_ID_PROPERTY = "mesorecords.processing.node-id";

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider, TokenStoreProperties properties, Environment environment) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder();
        String nodeId = environment.getProperty(NODE_ID_PROPERTY);
        if (nodeId != null) {
            builder.nodeId(nodeId);
        }
        return builder.connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .claimTimeout(properties.getClaimTimeout())
                .serializer(Jackson3Serializer.builder()
                        .jsonMapperBuilderCustomizer(
                                mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                        .allowIfSubType("org.axonframework.eventhandling.")
                                        .build()))
                        .build())
                .build();
    }
}
