package org.whichtherapist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "one", " one ", "one two", "one  two\tthree\nfour", "a\u00A0b c", "a\u2003b",
            "\u2003 lead and trail \u2003", "x\u000By\fz\rw", "end.", "  many   spaces   between  "})
    void wordsAreCountedAsSplittingOnWhiteSpaceCountsThem(String text) {
        int split = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        assertEquals(split, PageText.wordsIn(text), "'" + text + "'");
    }
}
