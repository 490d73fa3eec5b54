package org.whichtherapist.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    private static final String TEXT = "Plain <b>text</b> – with “quotes”, café, and a knee 🦵 emoji.";

    @Test
    void piecesOfEveryKindGiveWhatTheWholeTextEncodedGives() {
        Utf8Writer writer = new Utf8Writer(16);
        writer.write(TEXT, 0, 10);
        writer.write(TEXT.toCharArray(), 10, 20);
        writer.write(TEXT.charAt(30));
        writer.write(TEXT.substring(31));
        writer.write("");
        assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }

    @Test
    void aSurrogatePairSplitBetweenTwoWritesIsOneCharacter() {
        for (int cut = 1; cut < TEXT.length(); cut++) {
            Utf8Writer writer = new Utf8Writer(16);
            writer.write(TEXT.substring(0, cut));
            char[] rest = TEXT.substring(cut).toCharArray();
            writer.write(rest, 0, rest.length);
            assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), "cut at " + cut);
        }
    }

    @Test
    void aHalfPairLeftAtTheEndIsWrittenAsStringWouldWriteIt() {
        Utf8Writer writer = new Utf8Writer(16);
        writer.write("end \uD83E");
        assertArrayEquals("end \uD83E".getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }
}
