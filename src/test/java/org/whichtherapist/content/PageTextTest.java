package org.whichtherapist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
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

    @Test
    void theCareBoxInAnFaqIsNeitherAQuestionNorPartOfAnAnswer() {
        PageText text = PageText.of("<h2>Who?</h2><p>A physio.</p><div class=\"care-box\"><div class=\"care-card\">"
                + "<h2 class=\"care-card__heading\">Call 999 if</h2><div><ul><li>chest pain</li></ul></div></div></div>", true);
        assertEquals(List.of(new PageText.QuestionAndAnswer("Who?", "A physio.")), text.faq());
    }
}
