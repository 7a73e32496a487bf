package org.frontdoor.contracts;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema and golden example of each event type, read from the classpath as a consumer of
 * the jar would read them. Format assertions stay off (the 2020-12 default): every date and instant
 * must be held by its {@code pattern}, so a validator that treats {@code format} as an annotation
 * enforces the same contract.
 */
public final class ContractFiles {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    public static boolean exists(String classpathPath) {
        return ContractFiles.class.getClassLoader().getResource(classpathPath) != null;
    }

    public static String read(String classpathPath) {
        return TEXTS.computeIfAbsent(classpathPath, ContractFiles::load);
    }

    private static String load(String classpathPath) {
        try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(classpathPath)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + classpathPath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode example(EventType<?> type) {
        return (ObjectNode) EventJson.MAPPER.readTree(read(type.examplePath()));
    }

    public static ObjectNode schemaTree(EventType<?> type) {
        return (ObjectNode) EventJson.MAPPER.readTree(read(type.schemaPath()));
    }

    /** The schema's violations by the given payload, as readable messages; empty when it conforms. */
    public static List<String> violations(EventType<?> type, JsonNode payload) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type.schemaPath(),
                path -> FACTORY.getSchema(read(path), InputFormat.JSON));
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : schema.validate(payload.toString(), InputFormat.JSON)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    public static List<String> requiredFields(EventType<?> type) {
        List<String> required = new ArrayList<>();
        schemaTree(type).path("required").values().forEach(name -> required.add(name.asString()));
        return required;
    }

    private ContractFiles() {
    }
}
