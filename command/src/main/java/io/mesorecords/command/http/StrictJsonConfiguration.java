package io.mesorecords.command.http;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

/**
 * Clinical input is read literally: no unknown fields, no strings read as numbers, booleans or dates, no numbers read
 * as text, dates or enums, no null for a primitive, no duplicate keys. The customizer shapes Boot's {@code JsonMapper},
 * which the MVC message converters read request bodies with; Axon's event serializer builds its own mapper and is not
 * affected, so stored events stay tolerant.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder.addModule(TemporalsAsText.module())
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, StrictJsonConfiguration::refuseText)
                .withCoercionConfig(LogicalType.Float, StrictJsonConfiguration::refuseText)
                .withCoercionConfig(LogicalType.Boolean, StrictJsonConfiguration::refuseText)
                .withCoercionConfig(LogicalType.Textual, StrictJsonConfiguration::refuseScalars)
                .withCoercionConfig(LogicalType.DateTime, StrictJsonConfiguration::refuseScalars)
                .withCoercionConfig(LogicalType.Enum, StrictJsonConfiguration::refuseScalars);
    }

    private static void refuseText(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    private static void refuseScalars(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
