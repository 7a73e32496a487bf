package org.frontdoor.consultation.config;

import org.frontdoor.serviceplatform.PlainText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A code (an enum: a reason, an outcome, a consultant type) holding a control character, or with spaces, tabs or line
 * breaks around it, is refused, not quietly read: Jackson trims a code before looking it up, and its trim takes every
 * character up to the space, so {@code "NO_LONGER_NEEDED\u0010"} would otherwise be read as {@code NO_LONGER_NEEDED}.
 * The failure carries the field's path, so the problem answers (service-platform) give 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictEnumInput {

    static final String MESSAGE = "must not contain control characters";
    static final String UNTRIMMED = "must be a code exactly, without spaces, tabs or line breaks around it";

    @Bean
    JsonMapperBuilderCustomizer enumsWithoutControlCharacters() {
        return builder -> builder.addModule(new SimpleModule("plain-enum-text")
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        return new PlainEnumText(deserializer);
                    }
                }));
    }

    static final class PlainEnumText extends DelegatingDeserializer {

        PlainEnumText(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new PlainEnumText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String code = parser.getString();
                if (PlainText.hasControlCharacters(code)) {
                    return context.reportInputMismatch(_delegatee.handledType(), MESSAGE);
                }
                if (!code.equals(code.strip())) {
                    return context.reportInputMismatch(_delegatee.handledType(), UNTRIMMED);
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
