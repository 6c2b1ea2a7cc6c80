package io.github.provplan.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text index answers as a scan of the folded texts would, for plain text and for words of one hash. */
class WordIndexTest {
    private static WordIndex<String> index(String... folded) {
        var records = new ArrayList<String>();
        for (int i = 0; i < folded.length; i++) {
            records.add("r" + i);
        }
        return new WordIndex<>(records, r -> List.of(folded[Integer.parseInt(r.substring(1))]));
    }

    /** "w0 w1 ... w{count - 1}": the first record, it numbers its words as they are met. */
    private static String numbered(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void oneWordTwoInARowAndLongerPhrases() {
        var index = index("giao thong duong bo", "ha tang giao thong", "giao duc", "thong tin giao thong giao thong");
        assertEquals(List.of("r0", "r1", "r2", "r3"), index.find("giao").candidates());
        assertEquals(List.of("r0", "r1", "r3"), index.find("giao thong").candidates());
        assertEquals(List.of(), index.find("duc giao").candidates(), "a pair in no text");
        assertEquals(List.of(), index.find("duong sat").candidates(), "a word in no text");
        // Longer phrases start from their rarest word or pair; the caller checks the phrase in each candidate.
        assertEquals(List.of("r0"), index.find("giao thong duong").candidates());
        assertEquals(List.of("r3"), index.find("thong tin").candidates());
    }

    @Test
    void aPhraseOfThreeWordsOrMoreIsFoundInTheRecordsOwnWords() {
        // r1 has every word and both pairs of "giao thong duong", but not in a row.
        var index = index("giao thong duong bo", "giao thong va thong duong", "giao thong giao thong duong", "duong");
        var found = index.find("giao thong duong");
        assertEquals(List.of(true, false, true, false), IntStream.range(0, 4).mapToObj(found::has).toList());
        assertEquals(List.of("r0", "r1", "r2"), found.candidates(), "the records with the rarest pair");
        var twoWords = index.find("thong duong");
        assertEquals(List.of(true, true, true, false), IntStream.range(0, 4).mapToObj(twoWords::has).toList());
        assertEquals(List.of(false, false, false, false),
                IntStream.range(0, 4).mapToObj(index.find("giao xe")::has).toList(), "a word in no text");
    }

    @Test
    void aVocabularyOfMoreThan65536WordsKeepsEveryWordNumber() {
        var index = index(numbered(70_000), "giao thong duong", "w5 w6 w7");
        assertEquals(List.of(false, true, false), IntStream.range(0, 3).mapToObj(index.find("giao thong duong")::has)
                .toList());
        assertEquals(List.of(true, false, false), IntStream.range(0, 3).mapToObj(index.find("w69997 w69998 w69999")::has)
                .toList());
        assertEquals(List.of(true, false, true), IntStream.range(0, 3).mapToObj(index.find("w5 w6 w7")::has).toList());
        assertEquals(List.of(false, false, false), IntStream.range(0, 3).mapToObj(index.find("thong giao duong")::has)
                .toList());
    }

    @Test
    void aPhraseIsMatchedFromTheStartOfAWordsNumberOnly() {
        // Words are numbered as first met, after the number 0 that keeps texts apart, so w0 is 1 (one byte, 0x01)
        // and w128 is 129 (0x81 0x01): r1's words "w128 w5 w7" hold the bytes of "w0 w5 w7" from the second byte
        // of w128's number.
        var index = index(numbered(130), "w128 w5 w7 w0 w5 w9", "w0 w5 w7");
        var found = index.find("w0 w5 w7");
        assertEquals(List.of("r1", "r2"), found.candidates(), "both pairs are in r1");
        assertEquals(List.of(false, false, true), IntStream.range(0, 3).mapToObj(found::has).toList());
        assertEquals(List.of(false, true, false), IntStream.range(0, 3).mapToObj(index.find("w128 w5 w7")::has)
                .toList());
        assertEquals(List.of(true, false, false), IntStream.range(0, 3).mapToObj(index.find("w126 w127 w128")::has)
                .toList());
    }

    @Test
    void aPhraseIsNotFoundAcrossRecordsNorInEmptyOnes() {
        // r0 then r1 read "a b c d", and r2 has no words: "b c d" is r4's only.
        var index = index("a b", "c d", "", "", "b c d");
        var found = index.find("b c d");
        assertEquals(List.of(false, false, false, false, true), IntStream.range(0, 5).mapToObj(found::has).toList());
        assertEquals(List.of(), index.find("d b c").candidates());
        assertEquals(List.of(false, false, false, false, false),
                IntStream.range(0, 5).mapToObj(index.find("a b c")::has).toList(), "a pair in no record");
    }

    @Test
    void aPhraseIsFoundWhereAnEarlierPartOfItsMatchStartsAgain() {
        var index = index("a a a a b", "a b a b a c", "a a b a a a", "a b c");
        assertEquals(List.of(true, false, false, false), IntStream.range(0, 4).mapToObj(index.find("a a a b")::has)
                .toList());
        assertEquals(List.of(false, true, false, false), IntStream.range(0, 4).mapToObj(index.find("a b a c")::has)
                .toList());
        assertEquals(List.of(false, false, true, false), IntStream.range(0, 4).mapToObj(index.find("b a a a")::has)
                .toList());
        assertEquals(List.of(true, false, true, false), IntStream.range(0, 4).mapToObj(index.find("a a a")::has)
                .toList());
        // w128 is 0x81 0x01 and w0 0x01: r1's bytes hold w0 w0 w0 first from inside w128, then from its second word.
        var twoBytes = index(numbered(130), "w128 w0 w0 w0", "w128 w0 w0");
        assertEquals(List.of(false, true, false), IntStream.range(0, 3).mapToObj(twoBytes.find("w0 w0 w0")::has)
                .toList());
    }

    @Test
    void aPhraseFallsBackToTheLongestOfItsStartsThatEndsWhereItsMatchHasGot() {
        assertArrayEquals(new int[] {0, 0, 1, 2, 0}, WordIndex.fallbacks(new byte[] {1, 2, 1, 2, 3}));
        assertArrayEquals(new int[] {0, 1, 2}, WordIndex.fallbacks(new byte[] {7, 7, 7}));
        assertArrayEquals(new int[] {0, 1, 0, 1, 2, 3}, WordIndex.fallbacks(new byte[] {1, 1, 2, 1, 1, 2}));
        assertArrayEquals(new int[] {0, 0, 0, 1}, WordIndex.fallbacks(new byte[] {(byte) 0x81, 1, 3, (byte) 0x81}));
    }

    /** Whether {@code phrase}'s words are among the words of one of {@code texts} in a row: the rule, by words. */
    private static boolean hasInARow(List<String> texts, String phrase) {
        return texts.stream().anyMatch(text -> (" " + text + " ").contains(" " + phrase + " "));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void phrasesOfThreeWordsOrMoreAreFoundAsTheRuleFindsThem(long seed) {
        // Words numbered 1 to 200 in the first record, so that w127 and after take two bytes, and records of one to
        // three texts (some empty) over a few of them, repeated, so that phrases start again inside a match.
        var random = new java.util.Random(seed);
        String[] few = {"w0", "w1", "w2", "w126", "w127", "w128", "w1", "w1"};
        var records = new ArrayList<List<String>>();
        records.add(List.of(numbered(200)));
        for (int r = 0; r < 60; r++) {
            records.add(IntStream.range(0, 1 + random.nextInt(3)).mapToObj(t -> IntStream.range(0, random.nextInt(12))
                    .mapToObj(i -> few[random.nextInt(few.length)]).collect(java.util.stream.Collectors.joining(" ")))
                    .toList());
        }
        var index = new WordIndex<>(records, texts -> texts);
        for (int q = 0; q < 200; q++) {
            String phrase = IntStream.range(0, 2 + random.nextInt(4)).mapToObj(i -> few[random.nextInt(few.length)])
                    .collect(java.util.stream.Collectors.joining(" "));
            var found = index.find(phrase);
            for (int r = 0; r < records.size(); r++) {
                assertEquals(hasInARow(records.get(r), phrase), found.has(r), phrase + " in " + records.get(r));
            }
        }
    }

    @Test
    void wordNumbersAreWrittenInSevenBitGroupsEachButTheLastWithItsTopBitSet() {
        assertArrayEquals(new byte[] {0}, WordIndex.encoded(new int[] {0}));
        assertArrayEquals(new byte[] {0x7F}, WordIndex.encoded(new int[] {127}));
        assertArrayEquals(new byte[] {(byte) 0x80, 0x01}, WordIndex.encoded(new int[] {128}));
        assertArrayEquals(new byte[] {(byte) 0xFF, 0x7F}, WordIndex.encoded(new int[] {16_383}));
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x80, 0x01}, WordIndex.encoded(new int[] {16_384}));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x7F}, WordIndex.encoded(new int[] {2_097_151}));
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01},
                WordIndex.encoded(new int[] {2_097_152}));
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01},
                WordIndex.encoded(new int[] {1 << 28}));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
                WordIndex.encoded(new int[] {Integer.MAX_VALUE}));
        assertArrayEquals(new byte[] {0x05, (byte) 0x81, 0x01, 0x07}, WordIndex.encoded(new int[] {5, 129, 7}));
    }

    @Test
    void wordsOfOneHashAreFoundEachAsItself() {
        // "bа" and "aя" (a Latin and a Cyrillic letter each) have one String.hashCode, and so do all 2^14 words made
        // of fourteen of them: one probe sequence in a table that knew only that hash.
        List<String> words = new ArrayList<>(List.of(""));
        for (int i = 0; i < 14; i++) {
            var longer = new ArrayList<String>();
            for (String word : words) {
                longer.add(word + "b\u0430");
                longer.add(word + "a\u044F");
            }
            words = longer;
        }
        assertEquals(words.get(0).hashCode(), words.get(words.size() - 1).hashCode());
        String all = String.join(" ", words);
        var index = index(all, words.get(5) + " " + words.get(9000), "giao thong");
        assertEquals(List.of("r0", "r1"), index.find(words.get(9000)).candidates());
        assertEquals(List.of("r0"), index.find(words.get(9001)).candidates());
        assertEquals(List.of("r1"), index.find(words.get(5) + " " + words.get(9000)).candidates());
        assertEquals(List.of("r2"), index.find("giao thong").candidates());
        assertEquals(List.of(), index.find(words.get(0).replace('b', 'c')).candidates());
    }

    @Test
    void aRecordsTextsAreSearchedEachOnItsOwn() {
        var records = List.of("directive", "other", "split");
        var index = new WordIndex<>(records, r -> switch (r) {
            case "directive" -> List.of("Đầu tư hạ tầng giao", "thông tin: Giao thông");
            case "other" -> List.of("giao thông");
            default -> List.of("hạ tầng giao", "", "thông tin");
        });
        assertEquals(List.of("directive", "other"), index.find("giao thong").candidates(),
                "found in the directive's second text; the split record's \"giao\" and \"thông\" are two texts apart");
        // A word ends with its text ("giao" + "thông tin" is no "giaothong"); so does a pair and a phrase.
        assertEquals(List.of(), index.find("giaothong").candidates());
        assertEquals(List.of(false, false, false), IntStream.range(0, 3).mapToObj(index.find("tang giao thong tin")::has)
                .toList());
        assertEquals(List.of(true, false, false), IntStream.range(0, 3).mapToObj(index.find("thong tin giao")::has)
                .toList(), "a phrase at the start of a text after another");
        assertEquals(List.of(true, false, true), IntStream.range(0, 3).mapToObj(index.find("ha tang giao")::has)
                .toList());
    }
}
