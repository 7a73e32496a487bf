package org.frontdoor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/architecture.md, "What an event may carry": events carry no direct identifiers and no free text. Free text
 * and names stay in the owning service; an event holds pseudonymous ids, codes, dates and flags only.
 */
class NoPersonalDataInEventsTest {

    /** Words that, in a property name, say the value identifies a person directly or is free text. */
    private static final Set<String> PERSONAL_OR_FREE_TEXT_WORDS = Set.of(
            "name", "firstname", "lastname", "surname", "forename", "address", "postcode", "phone", "telephone",
            "mobile", "email", "nhs", "ni", "upn", "rationale", "concern", "concerns", "note", "notes",
            "description", "text", "comment", "comments", "narrative", "summary", "details", "story", "free");

    @Test
    void noEventPropertyIsNamedLikePersonalDataOrFreeText() {
        List<String> offences = new ArrayList<>();
        for (EventType<?> type : EventCatalogue.ALL) {
            offences.addAll(offences(type.recordClass().getSimpleName(), ContractFiles.schemaTree(type)));
        }

        assertThat(offences).isEmpty();
    }

    @Test
    void theWalkFindsPersonalNamesFreeTextAndUnconstrainedStrings() {
        JsonNode schema = EventJson.MAPPER.readTree("""
                {"type": "object", "properties": {
                  "childId": {"$ref": "#/$defs/id"},
                  "firstName": {"type": "string", "pattern": "^[A-Z]+$"},
                  "concernText": {"type": ["string", "null"]},
                  "tags": {"type": "array", "items": {"type": "string"}},
                  "household": {"$ref": "#/$defs/household"}},
                 "$defs": {
                  "id": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"},
                  "household": {"type": "object", "properties": {"postcode": {"type": "string", "enum": ["SY1"]}}}}}
                """);

        assertThat(offences("Synthetic", schema)).containsExactlyInAnyOrder(
                "Synthetic.firstName: named like personal data or free text",
                "Synthetic.concernText: named like personal data or free text",
                "Synthetic.concernText: free text (a string with no enum, pattern, format or const)",
                "Synthetic.tags[]: free text (a string with no enum, pattern, format or const)",
                "Synthetic.$defs.household.postcode: named like personal data or free text");
    }

    @Test
    void everyStringInEveryEventIsConstrained() {
        for (EventType<?> type : EventCatalogue.ALL) {
            assertThat(offences(type.recordClass().getSimpleName(), ContractFiles.schemaTree(type)))
                    .as(type.type())
                    .noneMatch(offence -> offence.contains("free text (a string"));
        }
    }

    private static List<String> offences(String where, JsonNode schema) {
        List<String> offences = new ArrayList<>();
        walk(where, schema, schema, offences);
        return offences;
    }

    /** Visits the schemas that describe values: properties, array items, map values and $defs. */
    private static void walk(String path, JsonNode node, JsonNode root, List<String> offences) {
        if (!node.isObject()) {
            return;
        }
        if (isFreeText(node, root)) {
            offences.add(path + ": free text (a string with no enum, pattern, format or const)");
        }
        node.path("properties").properties().forEach(property -> {
            if (namedLikePersonalData(property.getKey())) {
                offences.add(path + "." + property.getKey() + ": named like personal data or free text");
            }
            walk(path + "." + property.getKey(), property.getValue(), root, offences);
        });
        walk(path + "[]", node.path("items"), root, offences);
        walk(path + "{}", node.path("additionalProperties"), root, offences);
        node.path("$defs").properties().forEach(def -> walk(path + ".$defs." + def.getKey(), def.getValue(), root, offences));
    }

    private static boolean isFreeText(JsonNode schema, JsonNode root) {
        JsonNode described = schema.has("$ref") ? resolve(schema.path("$ref").asString(), root) : schema;
        JsonNode typeNode = described.path("type");
        boolean string = typeNode.isString() ? typeNode.asString().equals("string")
                : typeNode.values().stream().anyMatch(t -> t.asString().equals("string"));
        return string && Set.of("enum", "pattern", "format", "const").stream()
                .noneMatch(keyword -> described.has(keyword) || schema.has(keyword));
    }

    private static JsonNode resolve(String ref, JsonNode root) {
        assertThat(ref).as("only local references").startsWith("#/");
        return root.at(ref.substring(1));
    }

    private static boolean namedLikePersonalData(String propertyName) {
        return Arrays.stream(propertyName.split("(?<=[a-z0-9])(?=[A-Z])|_"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(PERSONAL_OR_FREE_TEXT_WORDS::contains);
    }
}
