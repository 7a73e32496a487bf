package org.frontdoor.cases.generated;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated request bodies, path values and headers: a valid body mutated one to three times (a field dropped, a
 * wrong JSON type, control characters, huge or odd Unicode, nulls, nested garbage, an unknown field), sometimes then
 * truncated or broken at the byte level, sometimes random bytes alone. Leaf values come from jqwik's generators,
 * driven by this instance's seeded {@link Random} (no jqwik property; the calling thread opens a
 * {@code JqwikSession}), so one seed repeats a run.
 */
final class GeneratedRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GENERATION_SIZE = 1_000;

    private final Random random;
    private final Values<String> anyText = values(Arbitraries.strings().all().ofMaxLength(40));
    private final Values<String> controls = values(Arbitraries.strings().withCharRange('\u0000', '\u0008')
            .withCharRange('\u000b', '\u001f').withCharRange('\u007f', '\u009f').ofMinLength(1).ofMaxLength(3));
    private final Values<String> oddUnicode = values(Arbitraries.strings().withCharRange('\u0300', '\u036f')
            .withCharRange('\u200b', '\u200f').withCharRange('\u202a', '\u202e').withCharRange('\ud800', '\udfff')
            .withCharRange('\ufff0', '\uffff').withChars("\ud835\udc9c\ud83d\ude00\ufdfa").ofMinLength(1)
            .ofMaxLength(30));
    private final Values<String> shortAscii = values(Arbitraries.strings().ascii().ofMaxLength(12));
    private final Values<Object> numbers = values(Arbitraries.oneOf(List.<Arbitrary<Object>>of(
            Arbitraries.integers().map(number -> (Object) number),
            Arbitraries.longs().map(number -> (Object) number),
            Arbitraries.doubles().map(number -> (Object) number))));
    private final Values<byte[]> randomBytes = values(Arbitraries.bytes().array(byte[].class).ofMaxSize(300));

    GeneratedRequests(long seed) {
        this.random = new Random(seed);
    }

    /** Values of one jqwik generator, drawn with this instance's random. */
    private final class Values<T> {

        private final RandomGenerator<T> generator;

        Values(Arbitrary<T> arbitrary) {
            this.generator = arbitrary.generator(GENERATION_SIZE);
        }

        T next() {
            return generator.next(random).value();
        }
    }

    private <T> Values<T> values(Arbitrary<T> arbitrary) {
        return new Values<>(arbitrary);
    }

    /** A body: the valid one now and then, mostly mutated, sometimes broken at the byte level or random bytes. */
    byte[] body(String validJson) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return validJson.getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 12) {
            return randomBytes.next();
        }
        Object tree = JSON.readValue(validJson, Object.class);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            tree = mutateSomewhere(tree);
        }
        byte[] body = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        if (roll < 20) {
            return Arrays.copyOf(body, random.nextInt(body.length + 1));
        }
        if (roll < 23) {
            byte[] broken = body.clone();
            broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
            return broken;
        }
        if (roll < 26) {
            int depth = 200 + random.nextInt(3_000);
            return ("[".repeat(depth) + new String(body, StandardCharsets.UTF_8) + "]".repeat(depth))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 29) {
            String text = new String(body, StandardCharsets.UTF_8);
            int at = random.nextInt(text.length());
            return (text.substring(0, at) + controls.next() + text.substring(at)).getBytes(StandardCharsets.UTF_8);
        }
        return body;
    }

    /** A path value: mostly {@code usual}, else generated text of any kind (the test encodes it into the path). */
    String pathValue(String usual) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return usual;
        }
        if (roll < 82) {
            return anyText.next();
        }
        if (roll < 88) {
            return usual + controls.next();
        }
        if (roll < 94) {
            return "../" + shortAscii.next();
        }
        return oddUnicode.next();
    }

    /** An optional header value ({@code null}: not sent). */
    String headerValue() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return null;
        }
        if (roll < 80) {
            return UUID.randomUUID().toString();
        }
        if (roll < 90) {
            return shortAscii.next();
        }
        return anyText.next();
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String anyText() {
        return anyText.next();
    }

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
            slot.set(oddUnicode.next());
        } else if (op < 57) {
            slot.set(huge());
        } else if (op < 65) {
            slot.set(garbage(0));
        } else if (op < 71) {
            slot.set(nested(1 + random.nextInt(40)));
        } else if (op < 80) {
            slot.set(shortAscii.next());
        } else if (op < 86) {
            slot.set(anyText.next());
        } else if (op < 93) {
            slot.addUnknownField(random.nextBoolean() ? shortAscii.next() : anyText.next(), garbage(1));
        } else {
            slot.set(null);
        }
        return tree;
    }

    private Object wrongType() {
        return switch (random.nextInt(6)) {
            case 0 -> numbers.next();
            case 1 -> random.nextBoolean();
            case 2 -> new ArrayList<>();
            case 3 -> new LinkedHashMap<>();
            case 4 -> new ArrayList<>(List.of(numbers.next(), anyText.next()));
            default -> null;
        };
    }

    private Object withControls(Object current) {
        String text = current instanceof String s ? s : shortAscii.next();
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + controls.next() + text.substring(at);
    }

    private String huge() {
        int length = random.nextInt(20) == 0 ? 70_000 : 200 + random.nextInt(6_000);
        String unit = random.nextBoolean() ? "x" : oddUnicode.next();
        return unit.repeat(Math.max(1, length / Math.max(1, unit.length())));
    }

    private Object garbage(int depth) {
        int kind = depth > 3 ? random.nextInt(3) : random.nextInt(5);
        return switch (kind) {
            case 0 -> anyText.next();
            case 1 -> numbers.next();
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
                    map.put(anyText.next(), garbage(depth + 1));
                }
                yield map;
            }
        };
    }

    private Object nested(int depth) {
        Object inside = anyText.next();
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

        @SuppressWarnings("unchecked")
        void addUnknownField(String name, Object value) {
            if (object != null) {
                object.put(name, value);
            } else if (index < array.size() && array.get(index) instanceof Map<?, ?> element) {
                ((Map<String, Object>) element).put(name, value);
            }
        }
    }
}
