package io.mesorecords.command.http;

import java.time.temporal.TemporalAccessor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times are read only from ISO-8601 text. Jackson's java.time readers also take epoch numbers and arrays and
 * ignore coercion settings, and a clinical time read from a wrongly scaled number is a silent error.
 */
final class TemporalsAsText {

    private TemporalsAsText() {}

    static SimpleModule module() {
        return new SimpleModule("temporals-as-text").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(bean.getBeanClass())
                        ? new TextOnly(deserializer)
                        : deserializer;
            }
        });
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.reportInputMismatch(this, "Dates and times are ISO-8601 strings");
            }
            return super.deserialize(parser, context);
        }
    }
}
