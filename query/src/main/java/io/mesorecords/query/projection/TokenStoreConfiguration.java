package io.mesorecords.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The token store of every streaming processor: JDBC on the read models' data source (so tokens commit with the rows),
 * with a serializer of its own. Axon's {@code ReplayToken}, written by every rebuild, types its fields by class name;
 * Jackson 3 refuses such class names unless a validator allows them, so this serializer allows Axon's token types and
 * nothing else, leaving the application's general serializer untouched.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(Jackson3Serializer.builder()
                        .jsonMapperBuilderCustomizer(
                                mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                        .allowIfSubType("org.axonframework.eventhandling.")
                                        .build()))
                        .build())
                .build();
    }
}
