package org.frontdoor.serviceplatform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string of a request body as Jackson does, then refuses one that holds a control character
 * ({@link PlainText}). The failure is a {@code MismatchedInputException} carrying the field's path, so each service's
 * problem+json answer names the field, never the value.
 */
final class PlainTextDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain control characters";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && PlainText.hasControlCharacters(value)) {
            return context.reportInputMismatch(String.class, MESSAGE);
        }
        return value;
    }
}
