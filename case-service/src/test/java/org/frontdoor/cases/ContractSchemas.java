package org.frontdoor.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventType;

/** The contracts' JSON Schemas, read from the contracts jar as any consumer would, to check published payloads. */
public final class ContractSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** The violations of the schema of the CloudEvents {@code type} by {@code payload}; empty when it conforms. */
    public static List<String> violations(String ceType, String payload) {
        EventType<?> type = EventCatalogue.ALL.stream().filter(t -> t.type().equals(ceType)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the catalogue: " + ceType));
        JsonSchema schema = SCHEMAS.computeIfAbsent(type.schemaPath(),
                path -> FACTORY.getSchema(read(path), InputFormat.JSON));
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : schema.validate(payload, InputFormat.JSON)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    private static String read(String path) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContractSchemas() {
    }
}
