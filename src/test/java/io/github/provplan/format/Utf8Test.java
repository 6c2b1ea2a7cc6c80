package io.github.provplan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader's own UTF-8 check agrees with the JDK's strict decoder on where the first bad byte is. */
class Utf8Test {
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** Where the JDK's decoder, reporting every malformed sequence, first stops; -1 when it decodes everything. */
    private static int jdkFirstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    /**
     * Text of valid characters of every length (ASCII runs long enough for the eight-byte step, Vietnamese letters,
     * a character outside the BMP) with, in most inputs, one byte overwritten by a random one, at a random place.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheJdkDecoder(long seed) {
        var random = new Random(seed);
        var text = new StringBuilder();
        String[] pieces = {"{\"indicator\": \"grdp-growth\", ", "Tăng trưởng ", "ạ", "ế", "ộ", "đ", "é", "😀", "\u07FF",
                "\u0800", "\uFFFD", "x"};
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(4) > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        assertEquals(jdkFirstInvalid(bytes), Utf8.firstInvalid(bytes));
    }

    @Test
    void refusesOverlongFormsSurrogatesAndCodePointsBeyondUnicode() {
        byte[][] invalid = {
            {(byte) 0xC0, (byte) 0xAF},                           // '/' in two bytes
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},              // '/' in three bytes
            {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // '/' in four bytes
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},              // U+D800, a surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // U+110000
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE1, (byte) 0xBA},                           // 'ạ' cut short
        };
        for (byte[] bytes : invalid) {
            byte[] afterAscii = new byte[9 + bytes.length];
            java.util.Arrays.fill(afterAscii, 0, 9, (byte) 'a');
            System.arraycopy(bytes, 0, afterAscii, 9, bytes.length);
            assertEquals(9, Utf8.firstInvalid(afterAscii));
            assertEquals(9, jdkFirstInvalid(afterAscii));
        }
    }
}
