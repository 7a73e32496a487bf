package org.frontdoor.outcomes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated hostile input, from jqwik's generators used programmatically inside a {@code JqwikSession} the caller
 * opens with a seed, driven by the session's {@link Random} (so a failure can be replayed with its seed): a valid JSON body with one or more things wrong (a field dropped or null, the wrong JSON type,
 * control characters, huge or odd unicode, nested garbage, an unknown field), cut short, not an object at all, or
 * random bytes; and path values that are not the id they stand in for.
 */
public final class GeneratedInput {

    private static final int GEN_SIZE = 1000;
    /** Writes garbage nested deeper than any reader accepts, so the reader's limit is what is tested. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(10_000).build()).build()).build();

    private final Random random;
    private final RandomGenerator<String> anyText = Arbitraries.strings().all().ofMaxLength(300).generator(GEN_SIZE);
    private final RandomGenerator<String> oddUnicode = Arbitraries.strings()
            .withCharRange('\u0080', '\uffff').withChars("\u200b\u202e\u2028\u2029\ufeff\ud83d\ude00")
            .ofMinLength(1).ofMaxLength(2_000).generator(GEN_SIZE);
    private final RandomGenerator<String> controls = Arbitraries.strings()
            .withCharRange('\u0000', '\u001f').withCharRange('\u007f', '\u009f')
            .ofMinLength(1).ofMaxLength(3).generator(GEN_SIZE);
    private final RandomGenerator<String> idLike = Arbitraries.strings().alpha().numeric().withChars("._:-")
            .ofMinLength(1).ofMaxLength(80).generator(GEN_SIZE);
    private final RandomGenerator<Long> numbers = Arbitraries.longs().generator(GEN_SIZE);
    private final RandomGenerator<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(500)
            .generator(GEN_SIZE);

    /** @param random the open session's random */
    public GeneratedInput(Random random) {
        this.random = random;
    }

    /** A body that is never the valid one: at least one thing about it is wrong. */
    public byte[] mutatedBody(Map<String, Object> valid) {
        int kind = random.nextInt(14);
        return switch (kind) {
            case 0 -> bytes.next(random).value();
            case 1 -> cut(write(mutatedFields(valid)));
            case 2 -> utf8(pick(List.of("", "null", "[]", "\"text\"", "42", "true", "{", "}", "{\"a\":}", "[{}]",
                    "{\"" + valid.keySet().stream().findFirst().orElse("field") + "\"}")));
            case 3 -> utf8(write(List.of(valid)));
            default -> utf8(write(mutatedFields(valid)));
        };
    }

    /** A value for a path segment that stands for {@code valid}, never equal to it. */
    public String pathValue(String valid) {
        String value = switch (random.nextInt(8)) {
            case 0 -> anyText.next(random).value();
            case 1 -> valid + controls.next(random).value();
            case 2 -> oddUnicode.next(random).value();
            case 3 -> pick(List.of("..", ".", "../..", "%2F", "a/b", "%00", " ", "null", "undefined", "*",
                    valid + "/", "/" + valid, valid.toUpperCase() + "x"));
            case 4 -> valid.substring(0, random.nextInt(valid.length())) + "x";
            default -> idLike.next(random).value();
        };
        return value.equals(valid) ? value + "-x" : value;
    }

    /** A header value: absent, control characters, odd unicode or far too long. */
    public String headerValue() {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "key" + controls.next(random).value();
            case 2 -> oddUnicode.next(random).value();
            default -> "k".repeat(129 + random.nextInt(500));
        };
    }

    /** Query parameters: none, plain, odd unicode, or a control character in a name or a value. */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(10) == 0 ? "p" + controls.next(random).value() : idLike.next(random).value();
            String value = switch (random.nextInt(4)) {
                case 0 -> anyText.next(random).value();
                case 1 -> oddUnicode.next(random).value();
                case 2 -> "v" + controls.next(random).value();
                default -> idLike.next(random).value();
            };
            parameters.put(name, value);
        }
        return parameters;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private Map<String, Object> mutatedFields(Map<String, Object> valid) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<String> fields = new ArrayList<>(body.keySet());
            String field = fields.isEmpty() ? "field" : fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(9)) {
                case 0 -> body.remove(field);
                case 1 -> body.put(field, null);
                case 2 -> body.put(field, numbers.next(random).value());
                case 3 -> body.put(field, random.nextBoolean());
                case 4 -> body.put(field, text(body.get(field)) + controls.next(random).value());
                case 5 -> body.put(field, oddUnicode.next(random).value());
                case 6 -> body.put(field, nested(1 + random.nextInt(random.nextBoolean() ? 20 : 1_200)));
                case 7 -> body.put(idLike.next(random).value(), anyText.next(random).value());
                default -> body.put(field, random.nextInt(20) == 0 ? "x".repeat(70_000) : anyText.next(random).value());
            }
        }
        if (body.equals(valid)) {
            body.put("unexpected", "field");
        }
        return body;
    }

    private Object nested(int depth) {
        Object value = anyText.next(random).value();
        for (int i = 0; i < depth; i++) {
            value = random.nextBoolean() ? List.of(value) : Map.of("n", value);
        }
        return value;
    }

    private byte[] cut(String json) {
        return utf8(json.substring(0, json.isEmpty() ? 0 : random.nextInt(json.length())));
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
