package org.frontdoor.testkit.generated;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input for the generated-input tests every service runs against its write endpoints: bodies, path values,
 * headers and query parameters that a careless or malicious partner system could send.
 *
 * <p>A body is a valid one mutated one to three times somewhere in its tree (a field dropped or null, the wrong JSON
 * type, control characters, huge or odd Unicode, nested garbage, an unknown field), sometimes then cut short, broken
 * at the byte level, wrapped far deeper than any reader follows, or given a raw control character; now and then it is
 * random bytes alone. Everything is drawn from one seeded {@link SplittableRandom}, so a failure's seed repeats the run
 * exactly, and drawing a value costs microseconds: ten thousand requests per endpoint are cheap enough for every build.
 *
 * <p>Written here rather than taken from a property-testing library: the tests need only a stream of values from a seed
 * (no shrinking, no engine), and one generator shared by every service keeps what "hostile" means the same everywhere.
 */
public final class GeneratedRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Control characters that free text never accepts (tab, line feed and carriage return are allowed there). */
    private static final char[] CONTROLS = refusedControlCharacters();
    /** Characters that break naive handling: combining marks, zero-width and bidi controls, lone surrogates, BOM. */
    private static final String ODD = "\u0300\u0301\u036f\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
            + "\u2028\u2029\ufeff\ufff0\ufffd\uffff\ud800\udbff\udc00\udfff\ufdfa";
    private static final String[] ODD_WHOLE = {"\ud835\udc9c", "\ud83d\ude00", "\u0645\u0631\u062d\u0628\u0627", "Ω≈ç√∫"};
    private static final String[] PATH_TRICKS = {"..", ".", "../..", "%2F", "%2e%2e", "a/b", "%00", " ", "null",
        "undefined", "*", "?", "#", ";", "\\", "%", "{id}", "$where"};

    private final long seed;
    private final SplittableRandom random;

    public GeneratedRequests(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** The seed, for a failure message: {@code -Dfrontdoor.generated.seed=} repeats the run. */
    public long seed() {
        return seed;
    }

    /**
     * The seed a test runs with: {@code -Dfrontdoor.generated.seed} when given (to repeat a failure), otherwise a new
     * one each run, so every build explores input no earlier build tried.
     */
    public static long seedFromSystemProperty() {
        return Long.getLong("frontdoor.generated.seed", System.nanoTime());
    }

    /** How many requests to send to each endpoint: 10,000 unless {@code -Dfrontdoor.generated.requests} says. */
    public static int requestsPerEndpoint() {
        return Integer.getInteger("frontdoor.generated.requests", 10_000);
    }

    // ---------------------------------------------------------------- bodies

    /** A body that is never exactly {@code validJson}: at least one thing about it is wrong. */
    public byte[] mutate(String validJson) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return randomBytes();
        }
        Object valid = JSON.readValue(validJson, Object.class);
        Object tree = JSON.readValue(validJson, Object.class);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            tree = mutateSomewhere(tree);
        }
        if (java.util.Objects.equals(tree, valid)) {
            tree = List.of(tree);
        }
        String text = JSON.writeValueAsString(tree);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (roll < 12) {
            return Arrays.copyOf(body, random.nextInt(body.length + 1));
        }
        if (roll < 15) {
            byte[] broken = body.clone();
            broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
            return broken;
        }
        if (roll < 19) {
            int depth = 200 + random.nextInt(3_000);
            return ("[".repeat(depth) + text + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 23) {
            int at = random.nextInt(text.length() + 1);
            return (text.substring(0, at) + controls() + text.substring(at)).getBytes(StandardCharsets.UTF_8);
        }
        return body;
    }

    /** {@link #mutate(String)} of a body given as a map. */
    public byte[] mutate(Map<String, ?> valid) {
        return mutate(JSON.writeValueAsString(valid));
    }

    /** A body that is now and then the valid one (8 in 100), otherwise {@link #mutate(String) mutated}. */
    public byte[] body(String validJson) {
        return chance(8) ? validJson.getBytes(StandardCharsets.UTF_8) : mutate(validJson);
    }

    // ---------------------------------------------------------------- paths, headers, parameters

    /** A path value: mostly {@code usual} (so the body is what is tested), otherwise generated text of any kind. */
    public String pathValue(String usual) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return usual;
        }
        return otherPathValue(usual);
    }

    /** A path value standing for {@code valid}, never equal to it. */
    public String otherPathValue(String valid) {
        String value = switch (random.nextInt(8)) {
            case 0 -> anyText();
            case 1 -> valid + controls();
            case 2 -> oddUnicode();
            case 3 -> PATH_TRICKS[random.nextInt(PATH_TRICKS.length)];
            case 4 -> "../" + shortAscii();
            case 5 -> valid.isEmpty() ? "x" : valid.substring(0, random.nextInt(valid.length())) + "x";
            case 6 -> valid.toUpperCase() + "/";
            default -> idLike();
        };
        return value.equals(valid) ? value + "-x" : value;
    }

    /** An optional header value ({@code null}: not sent): a good key, odd text, controls, or far too long. */
    public String headerValue() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return null;
        }
        if (roll < 70) {
            return UUID.randomUUID().toString();
        }
        if (roll < 80) {
            return shortAscii();
        }
        if (roll < 88) {
            return "key" + controls();
        }
        if (roll < 94) {
            return oddUnicode();
        }
        return "k".repeat(129 + random.nextInt(500));
    }

    /** Zero to three query parameters: plain, odd Unicode, or with a control character in a name or a value. */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int count = random.nextInt(4); count > 0; count--) {
            String name = chance(10) ? "p" + controls() : idLike();
            String value = switch (random.nextInt(4)) {
                case 0 -> anyText();
                case 1 -> oddUnicode();
                case 2 -> "v" + controls();
                default -> idLike();
            };
            parameters.put(name, value);
        }
        return parameters;
    }

    // ---------------------------------------------------------------- leaves

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Text of any UTF-16 code units, up to 40 long: mostly printable, with controls, odd and astral characters. */
    public String anyText() {
        int length = random.nextInt(41);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(100);
            if (kind < 60) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 70) {
                text.append(CONTROLS[random.nextInt(CONTROLS.length)]);
            } else if (kind < 80) {
                text.append(ODD.charAt(random.nextInt(ODD.length())));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    /** One to three control characters that free text refuses. */
    public String controls() {
        StringBuilder text = new StringBuilder(3);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            text.append(CONTROLS[random.nextInt(CONTROLS.length)]);
        }
        return text.toString();
    }

    /** One to thirty odd Unicode characters. */
    public String oddUnicode() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(30); i > 0; i--) {
            if (random.nextInt(5) == 0) {
                text.append(ODD_WHOLE[random.nextInt(ODD_WHOLE.length)]);
            } else {
                text.append(ODD.charAt(random.nextInt(ODD.length())));
            }
        }
        return text.toString();
    }

    /** Up to twelve ASCII characters, controls included. */
    public String shortAscii() {
        char[] text = new char[random.nextInt(13)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) random.nextInt(0x80);
        }
        return new String(text);
    }

    /** One to eighty letters, digits and {@code ._:-}: looks like an id, is not the one wanted. */
    public String idLike() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";
        char[] text = new char[1 + random.nextInt(80)];
        for (int i = 0; i < text.length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }

    /** A JSON number of any size: int, long, double or a forty-digit integer. */
    public Object number() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextLong();
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(600) - 300);
            default -> new BigInteger(random.nextLong() + "0".repeat(1 + random.nextInt(30)));
        };
    }

    public byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(301)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    // ---------------------------------------------------------------- mutation of a JSON tree

    private Object mutateSomewhere(Object tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return garbage(0);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        int op = random.nextInt(100);
        if (op < 12) {
            slot.remove();
        } else if (op < 30) {
            slot.set(wrongType());
        } else if (op < 45) {
            slot.set(withControls(slot.get()));
        } else if (op < 52) {
            slot.set(oddUnicode());
        } else if (op < 58) {
            slot.set(huge());
        } else if (op < 66) {
            slot.set(garbage(0));
        } else if (op < 72) {
            slot.set(nested(1 + random.nextInt(40)));
        } else if (op < 80) {
            slot.set(shortAscii());
        } else if (op < 86) {
            slot.set(anyText());
        } else if (op < 93) {
            slot.addUnknownField(shortAscii(), garbage(1));
        } else {
            slot.set(null);
        }
        return tree;
    }

    private Object wrongType() {
        return switch (random.nextInt(6)) {
            case 0 -> number();
            case 1 -> random.nextBoolean();
            case 2 -> new ArrayList<>();
            case 3 -> new LinkedHashMap<>();
            case 4 -> new ArrayList<>(List.of(number(), anyText()));
            default -> null;
        };
    }

    private Object withControls(Object current) {
        String text = current instanceof String s ? s : shortAscii();
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + controls() + text.substring(at);
    }

    private String huge() {
        int length = random.nextInt(20) == 0 ? 70_000 : 200 + random.nextInt(12_000);
        String unit = random.nextBoolean() ? "x" : oddUnicode();
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private Object garbage(int depth) {
        int kind = depth > 3 ? random.nextInt(3) : random.nextInt(5);
        return switch (kind) {
            case 0 -> anyText();
            case 1 -> number();
            case 2 -> random.nextBoolean() ? null : Boolean.TRUE;
            case 3 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(garbage(depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(anyText(), garbage(depth + 1));
                }
                yield map;
            }
        };
    }

    private Object nested(int depth) {
        Object inside = anyText();
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                List<Object> list = new ArrayList<>();
                list.add(inside);
                inside = list;
            } else {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("n", inside);
                inside = map;
            }
        }
        return inside;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            for (String key : new ArrayList<>(object.keySet())) {
                slots.add(new Slot(object, key, null, -1));
                collect(object.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            List<Object> array = (List<Object>) list;
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(null, null, array, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static char[] refusedControlCharacters() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c <= 0x1f; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                controls.append(c);
            }
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            controls.append(c);
        }
        return controls.toString().toCharArray();
    }

    /** A place in the tree: a property of an object or an element of an array. */
    private record Slot(Map<String, Object> object, String key, List<Object> array, int index) {

        Object get() {
            return object != null ? object.get(key) : index < array.size() ? array.get(index) : null;
        }

        void set(Object value) {
            if (object != null) {
                object.put(key, value);
            } else if (index < array.size()) {
                array.set(index, value);
            }
        }

        void remove() {
            if (object != null) {
                object.remove(key);
            } else if (index < array.size()) {
                array.remove(index);
            }
        }

        void addUnknownField(String name, Object value) {
            if (object != null) {
                object.put(name, value);
            } else if (index < array.size() && array.get(index) instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> element = (Map<String, Object>) array.get(index);
                element.put(name, value);
            }
        }
    }
}
