package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The copy check would be worthless if it could not see a copied run. */
class WordRunsTest {
    @Test
    void findsARunCopiedWithDifferentCaseAndPunctuation() {
        Set<String> seed = WordRuns.of("Physiotherapy in itself is a huge subject and roughly speaking splits", 8);
        Set<String> copy = WordRuns.of("As they say, PHYSIOTHERAPY in itself is a huge subject -- and so on.", 8);
        copy.retainAll(seed);
        assertEquals(Set.of("physiotherapy in itself is a huge subject and"), copy);
    }

    @Test
    void ignoresLinkTargetsAndShortTexts() {
        assertTrue(WordRuns.of("one two three", 8).isEmpty());
        assertEquals(WordRuns.of("a b c d e f g h", 8), WordRuns.of("a b c d [e](../x/y-z.md) f g h", 8));
    }
}
