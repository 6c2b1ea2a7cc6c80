package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick read's parser against Jackson's, as the located read uses it: whatever the quick parser reads, Jackson's
 * reads too, with no problem, to the same tree (the same kinds, texts, figures with their scale, and names as the
 * same interned strings), and the valid documents the project ships are all read quickly. Broken and generated
 * input comes from seeded generators, so a failure is replayed by its seed.
 */
class QuickParserTest {
    private static final ReadLimits TIGHT = ReadLimits.defaults().withMaxDepth(8).withMaxNumberLength(20)
            .withMaxStringLength(1000).withMaxValues(1000);

    /** What Jackson's parser makes of the bytes after the UTF-8 check, or null where either finds a problem. */
    private static Json jackson(byte[] bytes, ReadLimits limits) {
        if (PlanReader.notUtf8(bytes) != null || Utf8.firstInvalid(bytes) >= 0) {
            return null;
        }
        try {
            TreeParser.Parsed parsed = new TreeParser(limits).parse(bytes, "t.json", Problems.failFast(),
                    new ShortStrings());
            return parsed.broken() ? null : parsed.root();
        } catch (Problems.Found e) {
            return null;
        }
    }

    /**
     * Reads {@code bytes} both ways and checks the property; says whether the quick parser read them.
     */
    private static boolean agree(byte[] bytes, ReadLimits limits, String what) {
        QuickParser.Parsed quick = new QuickParser(limits).parse(bytes, new ShortStrings());
        if (quick == null) {
            return false;
        }
        Json slow = jackson(bytes, limits);
        if (slow == null) {
            fail("the quick parser read what Jackson's refuses: " + what + "\n"
                    + new String(bytes, StandardCharsets.UTF_8));
        }
        assertSameTree(slow, quick.root(), "", what);
        assertEquals(isPlain(new String(bytes, StandardCharsets.UTF_8)), quick.plain(), what);
        return true;
    }

    /** Plain input as {@link Utf8#NOT_PLAIN} and {@code PlainInputTest} say, written out over the decoded text. */
    private static boolean isPlain(String text) {
        return text.codePoints().allMatch(c -> c < 0x80 && c != '\\' && c != 0x7F
                || c >= 0xA0 && c <= 0x2FF && c != 0xAD || c >= 0x1E00 && c <= 0x1EFF || c >= 0x2010 && c <= 0x2027
                || c >= 0x2030 && c <= 0x205E || c >= 0x20A0 && c <= 0x20CF);
    }

    private static void assertSameTree(Json expected, Json actual, String pointer, String what) {
        String where = what + " at '" + pointer + "'";
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(0, actual.line, where);
        assertEquals(0, actual.column, where);
        if (expected instanceof Json.Str text) {
            assertEquals(text.value, ((Json.Str) actual).value, where);
        } else if (expected instanceof Json.Num number) {
            // equals compares the scale too: 1.50 is not 1.5, and a target keeps what its text wrote
            assertEquals(number.value, ((Json.Num) actual).value, where);
        } else if (expected instanceof Json.Bool bool) {
            assertEquals(bool.value, ((Json.Bool) actual).value, where);
        } else if (expected instanceof Json.Arr list) {
            var items = ((Json.Arr) actual).items;
            assertEquals(list.items.size(), items.size(), where);
            assertTrue(((Json.Arr) actual).complete, where);
            for (int i = 0; i < items.size(); i++) {
                assertSameTree(list.items.get(i), items.get(i), pointer + "/" + i, what);
            }
        } else if (expected instanceof Json.Obj object) {
            var members = (Json.Obj) actual;
            assertEquals(object.size(), members.size(), where);
            assertTrue(members.complete, where);
            for (int i = 0; i < object.size(); i++) {
                assertSame(object.name(i), members.name(i), where); // both interned: the schemas look names up so
                assertSameTree(object.value(i), members.value(i), pointer + "/" + object.name(i), what);
            }
        }
    }

    static Stream<Path> shipped() {
        return ShippedJson.everyFile();
    }

    /** Every JSON file in the repository that Jackson's parser reads without a problem, the quick one reads too. */
    @ParameterizedTest
    @MethodSource("shipped")
    void readsWhatTheProjectShipsAsJacksonDoes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean quick = agree(bytes, ReadLimits.defaults(), file.toString());
        Json slow = jackson(bytes, ReadLimits.defaults());
        // Jackson's parser lets a lone surrogate escape stand, for the text rules to word; the quick one leaves it
        // to the located read, as it does what only the broken-input tests ship (names that are not ASCII).
        if (slow != null && !file.getFileName().toString().contains("surrogate")) {
            assertTrue(quick, () -> file + " is valid JSON, and yet the quick parser gave it up");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"a\": 1.50}|1.50",
            "{\"a\": -0}|0",
            "{\"a\": -0.0}|0.0",
            "{\"a\": 123456789012345678}|123456789012345678",
            "{\"a\": 1234567890123456789}|1234567890123456789",
            "{\"a\": 12345678901234.5678}|12345678901234.5678",
            "{\"a\": 1e3}|1E+3",
            "{\"a\": 2.5E-2}|0.025"})
    void readsFiguresWithTheirScale(String json, String figure) {
        var quick = new QuickParser(ReadLimits.defaults()).parse(json.getBytes(StandardCharsets.UTF_8),
                new ShortStrings());
        assertEquals(new java.math.BigDecimal(figure), ((Json.Num) ((Json.Obj) quick.root()).get("a")).value);
        assertTrue(agree(json.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults(), json));
    }

    /** Each escape JSON has, characters of one to four bytes and DEL, which JSON lets stand raw. */
    @Test
    void decodesEscapesAndRawCharacters() {
        String[][] cases = {
                {"\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t"},
                {"\"\\u00e9\\u1EC7 \\ud83d\\ude00\"", "é\u1ec7 \ud83d\ude00"},
                {"\"Kế hoạch \\u0041 phát triển\"", "Kế hoạch A phát triển"},
                {"\"\u007f\"", "\u007f"},
                {"\"\u00e9 \u1ec7 \ud83d\ude00\\n\"", "\u00e9 \u1ec7 \ud83d\ude00\n"}};
        for (String[] each : cases) {
            byte[] bytes = each[0].getBytes(StandardCharsets.UTF_8);
            var quick = new QuickParser(ReadLimits.defaults()).parse(bytes, new ShortStrings());
            assertNotNull(quick, each[0]);
            assertEquals(each[1], ((Json.Str) quick.root()).value, each[0]);
            assertEquals(false, quick.plain(), each[0]);
            assertTrue(agree(bytes, ReadLimits.defaults(), each[0]));
        }
    }

    /** What the quick parser leaves to the located read, though Jackson's parser reads some of it. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\": 1,}", "[1,]", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "[1 2]",
            "01", "1.", ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "nul", "truex", "[true false]", "{\"a\": 1}}",
            "{\"a\": 1} x", "{\"a\": 1, \"a\": 2}", "{'a': 1}", "// c\n{}", "\"\\ud83d\"", "\"\\ude00\"",
            "\"\\ud83d\\u0041\"", "\"\\x\"", "\"\\u12g4\"", "\"tab\there\"", "{\"Kế\": 1}", "{\"a\\u0062\": 1}",
            "\"\u00a0\"x", "\u00a0{}", "1e99999999999", "[[[[[[[[1]]]]]]]]"})
    void givesUpOnWhatItDoesNotRead(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertNull(new QuickParser(TIGHT).parse(bytes, new ShortStrings()), json);
    }

    /** Bytes no UTF-8 file holds, in text: the quick parser gives them up, as the UTF-8 check refuses them. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "C1BF", "E080AF", "EDA080", "EDBFBF", "F08F8080", "F4908080", "F5808080", "80",
            "BF", "C3", "E1BB", "F09F98", "FF", "FE"})
    void givesUpOnBytesThatAreNotUtf8(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[bad.length + 4];
        bytes[0] = '"';
        bytes[1] = 'a';
        System.arraycopy(bad, 0, bytes, 2, bad.length);
        bytes[bytes.length - 2] = 'b';
        bytes[bytes.length - 1] = '"';
        assertTrue(Utf8.firstInvalid(bytes) >= 0, hex);
        assertNull(new QuickParser(ReadLimits.defaults()).parse(bytes, new ShortStrings()), hex);
    }

    /** The same property name twice is a problem, and a name read twice is the one interned string. */
    @Test
    void namesAreInternedAndDuplicatesLeftToTheLocatedRead() {
        var strings = new ShortStrings();
        var quick = new QuickParser(ReadLimits.defaults());
        var first = (Json.Obj) quick.parse("{\"indicator\": 1}".getBytes(StandardCharsets.UTF_8), strings).root();
        var second = (Json.Obj) quick.parse("{\"x\": 2, \"indicator\": 1}".getBytes(StandardCharsets.UTF_8),
                new ShortStrings()).root();
        assertSame("indicator", first.name(0));
        assertSame("indicator", second.name(1));
        assertNull(quick.parse("{\"indicator\": 1, \"x\": 2, \"indicator\": 1}".getBytes(StandardCharsets.UTF_8),
                strings));
    }

    /**
     * Shipped files broken at random, a byte changed, taken away or put in, or a token of JSON put in: whatever
     * the quick parser reads of them, Jackson's parser reads to the same tree; under tight limits too.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void brokenFilesReadTheSameOrNotAtAll(long seed) throws IOException {
        var random = new Random(seed);
        List<Path> files = shipped().filter(p -> !p.toString().contains("hardening")).toList();
        int read = 0;
        for (int round = 0; round < 400; round++) {
            byte[] original = Files.readAllBytes(files.get(random.nextInt(files.size())));
            byte[] broken = mutate(original, random);
            String what = "seed " + seed + ", round " + round;
            read += agree(broken, ReadLimits.defaults(), what) ? 1 : 0;
            agree(broken, TIGHT, what + ", tight limits");
        }
        // A change inside a text or to white space leaves a file valid: some of what was broken must still read.
        assertTrue(read > 20, "only " + read + " of 400 read");
    }

    private static final String[] TOKENS = {"\"", "\\", ",", ":", "{", "}", "[", "]", "-", "0", "01", ".", "e", "E+",
        "1e400", "\\u", "\\ud83d", "\\ude00", "\\u0041", "null", "tru", " ", "\n", "\t", "\u007f", "\u00ad", "\u1ec7",
        "\ud83d\ude00", "\u2028", "\ufeff", "\u0000"};
    private static final byte[][] RAW = {{(byte) 0xC0}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE1},
        {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    /**
     * {@code original} broken once at random: a byte changed, bytes taken away, a token of JSON or bytes that are
     * not UTF-8 put in, or the end cut off.
     */
    static byte[] mutate(byte[] original, Random random) {
        var out = new java.io.ByteArrayOutputStream();
        int at = random.nextInt(original.length + 1);
        out.write(original, 0, at);
        switch (random.nextInt(5)) {
            case 0 -> out.write(random.nextInt(256)); // a byte changed
            case 1 -> at += 1 + random.nextInt(3); // bytes taken away
            case 2 -> {
                out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                at--; // a token put in, the byte there kept
            }
            case 3 -> {
                out.writeBytes(RAW[random.nextInt(RAW.length)]);
                at--;
            }
            default -> {
                return java.util.Arrays.copyOf(original, at); // cut short
            }
        }
        at = Math.min(original.length, Math.max(0, at + 1));
        out.write(original, at, original.length - at);
        return out.toByteArray();
    }

    /**
     * Documents generated at random, every one valid JSON: texts with escapes, characters of every width and
     * surrogate pairs; figures of every form; lists and objects nested. Both parsers read each to the same tree,
     * and the quick parser reads every one that holds no name twice and is within the limits.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void generatedDocumentsReadTheSame(long seed) {
        var random = new Random(seed);
        int read = 0;
        for (int round = 0; round < 300; round++) {
            var json = new StringBuilder();
            value(json, random, 0);
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            boolean quick = agree(bytes, ReadLimits.defaults(), "seed " + seed + ", round " + round);
            if (jackson(bytes, ReadLimits.defaults()) != null) {
                assertTrue(quick, () -> "valid and yet given up: " + json);
                read++;
            }
        }
        assertTrue(read > 250, "only " + read + " of 300 valid");
    }

    private static final String[] NAMES = {"id", "kind", "value", "unit", "period", "text", "a", "b", "c"};
    private static final String[] FIGURES = {"0", "-0", "7", "-12", "9.5", "0.25", "100.00", "-3.430",
            "123456789012345678", "98765432109876543210", "1e3", "1E-2", "2.5e+7", "-0.0", "180000000"};

    private static void value(StringBuilder json, Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 6);
        switch (kind) {
            case 0 -> text(json, random);
            case 1 -> json.append(FIGURES[random.nextInt(FIGURES.length)]);
            case 2 -> json.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 3 -> text(json, random);
            case 4 -> {
                json.append(space(random)).append('[');
                int items = random.nextInt(5);
                for (int i = 0; i < items; i++) {
                    json.append(i > 0 ? "," : "").append(space(random));
                    value(json, random, depth + 1);
                }
                json.append(space(random)).append(']');
            }
            default -> {
                json.append('{').append(space(random));
                int members = random.nextInt(5);
                for (int i = 0; i < members; i++) {
                    // Now and then the same name twice, which only the located read may word.
                    json.append(i > 0 ? "," : "").append(space(random)).append('"')
                            .append(NAMES[random.nextInt(NAMES.length)]).append(random.nextInt(20) == 0 ? "" : i)
                            .append('"').append(space(random)).append(':').append(space(random));
                    value(json, random, depth + 1);
                }
                json.append(space(random)).append('}');
            }
        }
    }

    private static String space(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            case 2 -> "\r\n\t";
            default -> "";
        };
    }

    private static final String[] PIECES = {"a", "Kế hoạch ", "phát triển", " ", "2030", "“", "”", "–", "₫",
            "\u00ad", "\u200b", "😀", "\u007f", "ʼ", "ǅ", "e\u0301", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\b",
            "\\f", "\\r", "\\u0041", "\\u1ec7", "\\ud83d\\ude00", "\\u00E9", "abcdefghijklmnopqrstuvwxyz0123456789"};

    private static void text(StringBuilder json, Random random) {
        json.append('"');
        int pieces = random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
        for (int i = 0; i < pieces; i++) {
            json.append(PIECES[random.nextInt(PIECES.length)]);
        }
        json.append('"');
    }
}
