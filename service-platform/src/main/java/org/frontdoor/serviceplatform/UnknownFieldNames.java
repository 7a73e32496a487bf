package org.frontdoor.serviceplatform;

import java.util.Collection;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * An unknown JSON key is named in the answer only when it has the shape of a field name. Any other key (a child's
 * name, {@code "a\u0000b"}, markup meant for whatever displays the error) is refused without repeating it: the
 * answer names the object that holds it ({@code (body)} at the top) and lists the fields it may hold.
 *
 */
public final class UnknownFieldNames extends DeserializationProblemHandler {

    /** The shape of the front door's field names. */
    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                         ValueDeserializer<?> deserializer, Object beanOrClass,
                                         String propertyName) throws JacksonException {
        if (!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                || propertyName == null || FIELD_NAME.matcher(propertyName).matches()) {
            return false; // Jackson's own handling: skipped, or refused naming the field
        }
        Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
        // "must ..." is a refusal written for the caller, which service-platform passes on as it is
        MismatchedInputException refusal = MismatchedInputException.from(parser, (Class<?>) null,
                known == null ? "must hold only the fields of this request"
                        : "must hold only the fields " + known);
        // A step without a name: the answer names the object holding the key, or (body) at the top
        refusal.prependPath(new JacksonException.Reference(beanOrClass));
        throw refusal;
    }
}
