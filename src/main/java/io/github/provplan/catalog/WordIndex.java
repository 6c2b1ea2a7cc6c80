package io.github.provplan.catalog;

import io.github.provplan.internal.Text;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Records by the words of their folded text and by each pair of neighbouring words, so that a search for one or two
 * words is answered by the index alone and a longer one starts from its rarest word or pair.
 *
 * <p>Words are numbered as they are first met, and found again from the text's characters: a word met before makes
 * no string, and a pair is its two numbers in one {@code long}. The index of words and word pairs as strings, in hash
 * maps of lists, took about as long to build as a whole load of the catalog (docs/performance.md, step 23). The lists
 * of records are the catalog's other indexes' kind ({@link Indexes#picked}).
 */
final class WordIndex<R> {
    private final Object[] records;
    private final Vocabulary vocabulary = new Vocabulary();
    private final Postings byWord = new Postings();
    private final PairTable pairs = new PairTable();
    private final Postings byPair = new Postings();
    /**
     * Every record's words as their numbers, in order, one record after another: a search of three words or more
     * finds its phrase in them. A number is written in seven-bit groups, low first, each but the last with its top
     * bit set ({@link #write}), so that the first 128 words met, the commonest as a rule, take one byte and the next
     * 16,256 two; a {@code char} or {@code int} array for each record held about twice as much here
     * (docs/performance.md, step 29). A record's texts are kept apart by {@link #BETWEEN_TEXTS}.
     */
    private final byte[] words;
    /** Where each record's words begin in {@link #words}, and where the last record's end. */
    private final int[] starts;
    /** {@link #words} while the index is built, grown as it fills. */
    private byte[] written;

    /**
     * @param records the records, in catalog order
     * @param texts   a record's searchable texts, whose words are folded as {@code Text.words} folds them; a word,
     *                a pair and a phrase end where a text does
     */
    WordIndex(List<R> records, Function<? super R, List<String>> texts) {
        // Folded words have no space, so no search has this word: the first, it is numbered BETWEEN_TEXTS.
        int between = vocabulary.add(new char[] {' '}, 1);
        assert between == BETWEEN_TEXTS : between;
        this.records = Indexes.arrayOf(records);
        this.starts = new int[this.records.length + 1];
        this.written = new byte[Math.max(16, this.records.length * 16)];
        var reader = new Text.Words();
        int position = 0;
        int end = 0;
        for (R record : records) {
            end = add(texts.apply(record), reader, position++, end);
            starts[position] = end;
        }
        words = Arrays.copyOf(written, end);
        written = null;
        byWord.trim(this.records);
        byPair.trim(this.records);
    }

    /**
     * The number written between a record's texts, of a word no search has (a space): a phrase, matched from a word's
     * start, cannot run from one text into the next. (An action's last word and its
     * quote's first were a pair, as when the texts were folded joined by a line break: "giao" ending one text and
     * "thông" opening the next were found as "giao thông".) It takes one byte, as the first numbers do.
     */
    private static final int BETWEEN_TEXTS = 0;

    /** Adds a record's words, writing their numbers from {@code end} in {@link #written}; returns where they end. */
    private int add(List<String> texts, Text.Words reader, int position, int end) {
        int first = end;
        for (int t = 0; t < texts.size(); t++) {
            int previous = -1;
            reader.of(texts.get(t));
            while (reader.next()) {
                int word = vocabulary.add(reader.chars(), reader.length());
                byWord.addOnce(word, position);
                if (end + 6 > written.length) { // room for BETWEEN_TEXTS and a number of up to five bytes
                    written = Arrays.copyOf(written, written.length * 2);
                }
                if (previous >= 0) {
                    byPair.addOnce(pairs.add(pair(previous, word)), position);
                } else if (end > first) {
                    end = write(written, end, BETWEEN_TEXTS); // this text's first word, after the text before
                }
                previous = word;
                end = write(written, end, word);
            }
        }
        return end;
    }

    /** Writes {@code number} (not negative) at {@code at} in {@code bytes}, which has room; returns where it ends. */
    static int write(byte[] bytes, int at, int number) {
        while (number >= 0x80) {
            bytes[at++] = (byte) (number & 0x7F | 0x80);
            number >>>= 7;
        }
        bytes[at++] = (byte) number;
        return at;
    }

    /** Words' numbers as {@link #words} holds them. */
    static byte[] encoded(int[] numbers) {
        byte[] bytes = new byte[numbers.length * 5];
        int end = 0;
        for (int number : numbers) {
            end = write(bytes, end, number);
        }
        return Arrays.copyOf(bytes, end);
    }

    /**
     * Whether the words of the record at {@code position} hold the words of {@code phrase} ({@link #encoded}) in a
     * row: its bytes, from the start of one of the record's words (the first, or one after a byte whose top bit is
     * clear). The phrase's last byte ends a word, so a match ends where a word does. The bytes are matched as
     * Knuth, Morris and Pratt do, {@code fallback} being the phrase's {@link #fallbacks}: comparing the phrase again
     * from each word of the record took time in the product of their lengths, a minute for one query of a hostile
     * file (a directive of half a million times one word, searched for as many), and this takes it in their sum.
     */
    private boolean hasPhrase(int position, byte[] phrase, int[] fallback) {
        int start = starts[position];
        int end = starts[position + 1];
        int matched = 0;
        for (int at = start; at < end; at++) {
            byte b = words[at];
            while (matched > 0 && phrase[matched] != b) {
                matched = fallback[matched - 1];
            }
            if (phrase[matched] == b) {
                matched++;
            }
            if (matched == phrase.length) {
                int from = at + 1 - matched;
                if (from == start || words[from - 1] >= 0) {
                    return true;
                }
                matched = fallback[matched - 1]; // found inside a word's number: look on
            }
        }
        return false;
    }

    /**
     * For each {@code i}, the length of the longest prefix of {@code bytes} shorter than {@code i + 1} that ends
     * its first {@code i + 1} bytes: where a match of {@link #hasPhrase} goes on from when the next byte differs.
     */
    static int[] fallbacks(byte[] bytes) {
        int[] fallback = new int[bytes.length];
        for (int i = 1, length = 0; i < bytes.length; i++) {
            while (length > 0 && bytes[i] != bytes[length]) {
                length = fallback[length - 1];
            }
            if (bytes[i] == bytes[length]) {
                length++;
            }
            fallback[i] = length;
        }
        return fallback;
    }

    /** Where the word of folded text that begins at {@code start} ends: its words are joined by single spaces. */
    private static int wordEnd(String text, int start) {
        int end = text.indexOf(' ', start);
        return end < 0 ? text.length() : end;
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second & 0xFFFFFFFFL;
    }

    private static final byte[] NO_BYTES = new byte[0];
    private static final int[] NO_INTS = new int[0];

    /**
     * What the index knows of a search: the records that have each searched word and each pair of them, and the
     * searched words' numbers as {@link #words} holds them, so that a record is tested without its text.
     */
    final class Found {
        private final List<Indexes.Picked<R>> lists;
        /** The searched words' numbers as {@link #words} holds them, for three words or more; else empty. */
        private final byte[] phrase;
        /** The phrase's {@link #fallbacks}, for a search of three words or more; else empty. */
        private final int[] fallback;
        /** How many words were searched (not {@link #phrase}'s bytes). */
        private final int length;

        private Found(List<Indexes.Picked<R>> lists, int[] numbers) {
            this.lists = lists;
            this.length = numbers.length;
            // Only a phrase of three words or more is looked for in the records' words: one or two, by their lists.
            this.phrase = exact() ? NO_BYTES : encoded(numbers);
            this.fallback = exact() ? NO_INTS : fallbacks(phrase);
        }

        /** The records with the rarest searched word or pair: for one or two words, exactly the records found. */
        List<R> candidates() {
            if (lists.isEmpty()) {
                return List.of();
            }
            List<R> rarest = lists.get(0);
            for (List<R> list : lists) {
                rarest = list.size() < rarest.size() ? list : rarest;
            }
            return rarest;
        }

        /** Whether the candidates are exactly the records found: for one word, or two in a row. */
        boolean exact() {
            return length < 3;
        }

        /** Whether the record at {@code position} has the searched words in a row. */
        boolean has(int position) {
            if (lists.isEmpty()) {
                return false;
            }
            // One word, or two in a row, is a word or a pair the index lists (the pair's list is the last one); more
            // are looked for in the record's own words.
            return exact() ? lists.get(lists.size() - 1).holds(position) : hasPhrase(position, phrase, fallback);
        }
    }

    /** What the index knows of a search for {@code folded} words, at least one. */
    Found find(String folded) {
        var lists = new java.util.ArrayList<Indexes.Picked<R>>();
        var phrase = new java.util.ArrayList<Integer>();
        int previous = -1;
        char[] chars = new char[folded.length()]; // one word's characters at a time
        for (int start = 0, end; start < folded.length(); start = end + 1) {
            end = wordEnd(folded, start);
            folded.getChars(start, end, chars, 0);
            int word = vocabulary.find(chars, end - start);
            if (word < 0) {
                return new Found(List.of(), NO_INTS);
            }
            phrase.add(word);
            lists.add(byWord.records(word));
            if (previous >= 0) {
                int pair = pairs.find(pair(previous, word));
                if (pair < 0) {
                    return new Found(List.of(), NO_INTS);
                }
                lists.add(byPair.records(pair));
            }
            previous = word;
        }
        return new Found(lists, phrase.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * No probe goes further than this: words of one hash (easy to make for {@link String#hashCode}) would otherwise
     * make each search of the table walk all of them. Words whose probe reaches it go to a hash map, which keeps a
     * crowded bucket as a tree.
     */
    private static final int PROBES = 32;

    /** Words, each numbered as first added, found from the characters of a word. Open addressing. */
    private static final class Vocabulary {
        private String[] table = new String[1 << 10];
        private int[] ids = new int[1 << 10];
        private int size;
        /** The words whose probe was too long, made strings: rare in text, and hostile input's own cost. */
        private final java.util.HashMap<String, Integer> crowded = new java.util.HashMap<>();

        /** The number of the word of {@code length} characters at the start of {@code chars}, added if new. */
        int add(char[] chars, int length) {
            int mask = table.length - 1;
            int slot = hash(chars, length) & mask;
            for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
                String word = table[slot];
                if (word == null) {
                    if (!crowded.isEmpty()) { // a word kept there while the table was fuller may free a slot here
                        Integer known = crowded.get(new String(chars, 0, length));
                        if (known != null) {
                            return known;
                        }
                    }
                    table[slot] = new String(chars, 0, length);
                    ids[slot] = size;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                    return size - 1;
                }
                if (matches(word, chars, length)) {
                    return ids[slot];
                }
            }
            Integer id = crowded.putIfAbsent(new String(chars, 0, length), size);
            return id != null ? id : size++;
        }

        /** The number of a word, or -1 when it was never added. */
        int find(char[] chars, int length) {
            int mask = table.length - 1;
            int slot = hash(chars, length) & mask;
            for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
                String word = table[slot];
                if (word == null) {
                    return crowded.isEmpty() ? -1 : crowded.getOrDefault(new String(chars, 0, length), -1);
                }
                if (matches(word, chars, length)) {
                    return ids[slot];
                }
            }
            return crowded.getOrDefault(new String(chars, 0, length), -1);
        }

        private static boolean matches(String word, char[] chars, int length) {
            if (word.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (word.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        /** {@link String#hashCode} of the word, spread: words differ mostly in their last letters. */
        private static int hash(char[] chars, int length) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + chars[i];
            }
            return spread(hash);
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }

        private void grow() {
            String[] oldTable = table;
            int[] oldIds = ids;
            table = new String[oldTable.length * 2];
            ids = new int[oldTable.length * 2];
            int mask = table.length - 1;
            for (int i = 0; i < oldTable.length; i++) {
                String word = oldTable[i];
                if (word != null) {
                    int slot = spread(word.hashCode()) & mask;
                    int probe = 0;
                    while (table[slot] != null && probe < PROBES) {
                        slot = (slot + 1) & mask;
                        probe++;
                    }
                    if (probe < PROBES) {
                        table[slot] = word;
                        ids[slot] = oldIds[i];
                    } else {
                        crowded.put(word, oldIds[i]); // where find looks once its probe ends, as add puts it
                    }
                }
            }
        }
    }

    /** Pairs of word numbers, each numbered as first added. Open addressing over {@code long} keys. */
    private static final class PairTable {
        private static final long EMPTY = -1L; // no pair: word numbers are never negative
        private long[] keys = filled(1 << 12);
        private int[] ids = new int[1 << 12];
        private int size;

        private static long[] filled(int length) {
            long[] keys = new long[length];
            Arrays.fill(keys, EMPTY);
            return keys;
        }

        /** Pairs whose probe was too long, as {@link Vocabulary} keeps words. */
        private final java.util.HashMap<Long, Integer> crowded = new java.util.HashMap<>();

        int add(long key) {
            int mask = keys.length - 1;
            int slot = spread(key) & mask;
            for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
                if (keys[slot] == EMPTY) {
                    if (!crowded.isEmpty() && crowded.containsKey(key)) {
                        return crowded.get(key);
                    }
                    keys[slot] = key;
                    ids[slot] = size;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return size - 1;
                }
                if (keys[slot] == key) {
                    return ids[slot];
                }
            }
            Integer id = crowded.putIfAbsent(key, size);
            return id != null ? id : size++;
        }

        int find(long key) {
            int mask = keys.length - 1;
            int slot = spread(key) & mask;
            for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
                if (keys[slot] == EMPTY) {
                    return crowded.isEmpty() ? -1 : crowded.getOrDefault(key, -1);
                }
                if (keys[slot] == key) {
                    return ids[slot];
                }
            }
            return crowded.getOrDefault(key, -1);
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) ^ (int) h;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = filled(oldKeys.length * 2);
            ids = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = spread(oldKeys[i]) & mask;
                    int probe = 0;
                    while (keys[slot] != EMPTY && probe < PROBES) {
                        slot = (slot + 1) & mask;
                        probe++;
                    }
                    if (probe < PROBES) {
                        keys[slot] = oldKeys[i];
                        ids[slot] = oldIds[i];
                    } else {
                        crowded.put(oldKeys[i], oldIds[i]);
                    }
                }
            }
        }
    }

    /**
     * A growing list of positions for each number, made the list of their records when the index is built: a list
     * is read only then.
     */
    private static final class Postings {
        private int[][] lists = new int[1 << 10][];
        private int[] sizes = new int[1 << 10];
        private Indexes.Picked<?>[] built;

        /** Adds a position unless it is the list's last already (a record with a word twice). */
        void addOnce(int id, int position) {
            if (id >= lists.length) {
                lists = Arrays.copyOf(lists, Math.max(lists.length * 2, id + 1));
                sizes = Arrays.copyOf(sizes, lists.length);
            }
            int[] list = lists[id];
            int size = sizes[id];
            if (list == null) {
                list = lists[id] = new int[2];
            } else if (list[size - 1] == position) {
                return;
            } else if (size == list.length) {
                list = lists[id] = Arrays.copyOf(list, size * 2);
            }
            list[size] = position;
            sizes[id] = size + 1;
        }

        void trim(Object[] records) {
            int count = lists.length;
            while (count > 0 && lists[count - 1] == null) {
                count--;
            }
            built = new Indexes.Picked<?>[count];
            for (int id = 0; id < count; id++) {
                // None for the number 0, which keeps texts apart (BETWEEN_TEXTS) and is no record's word.
                built[id] = Indexes.picked(records, lists[id] == null ? NO_INTS : lists[id], sizes[id]);
            }
            lists = null; // built: only the lists of records are read
            sizes = null;
        }

        /** The records, in catalog order, with number {@code id}. */
        @SuppressWarnings("unchecked") // the records of the index's one kind
        <R> Indexes.Picked<R> records(int id) {
            return (Indexes.Picked<R>) built[id];
        }
    }
}
