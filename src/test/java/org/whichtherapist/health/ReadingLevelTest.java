package org.whichtherapist.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Flesch–Kincaid grade, counted by the rules docs/writing.md gives (the writers' checker's):
 * every expected number here was worked out by hand from those rules.
 */
class ReadingLevelTest {

    @Test
    void syllablesAreVowelGroupsLessASilentEnding() {
        assertEquals(1, ReadingLevel.syllables("the"), "one vowel group");
        assertEquals(1, ReadingLevel.syllables("make"), "silent final e");
        assertEquals(2, ReadingLevel.syllables("table"), "-le after a consonant is heard");
        assertEquals(1, ReadingLevel.syllables("whale"), "-le after a vowel is not");
        assertEquals(1, ReadingLevel.syllables("jumped"), "-ed is silent");
        assertEquals(2, ReadingLevel.syllables("wanted"), "-ted is heard");
        assertEquals(1, ReadingLevel.syllables("makes"), "-es is silent");
        assertEquals(2, ReadingLevel.syllables("boxes"), "-xes is heard");
        assertEquals(2, ReadingLevel.syllables("tables"), "-les after a consonant is heard");
        assertEquals(5, ReadingLevel.syllables("physiotherapist"), "y io e a i");
        assertEquals(2, ReadingLevel.syllables("physio"));
        assertEquals(4, ReadingLevel.syllables("recovery"), "y counts as a vowel");
        assertEquals(6, ReadingLevel.syllables("rehabilitation"));
        assertEquals(2, ReadingLevel.syllables("well-known"), "each hyphen part on its own");
        assertEquals(1, ReadingLevel.syllables("don't"), "apostrophes are dropped");
        assertEquals(1, ReadingLevel.syllables("2026"), "a number is one syllable");
        assertEquals(3, ReadingLevel.syllables("Level-5"), "le-vel (2) and the number (1)");
        assertEquals(1, ReadingLevel.syllables("fk"), "at least one");
    }

    @Test
    void wordsAreRunsOfLettersDigitsApostrophesAndHyphens() {
        assertEquals(List.of("A", "E", "and", "3-day", "e-mail", "don\u2019t", "x"),
                ReadingLevel.words("A&E and 3-day e-mail don\u2019t -x"));
    }

    @Test
    void oneShortSentence() {
        ReadingLevel.Result result = ReadingLevel.of("The cat sat on the mat.\n", 1);
        assertEquals(6, result.words());
        assertEquals(6, result.syllables());
        // 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59
        assertEquals(-1.45, result.grade(), 1e-9);
    }

    @Test
    void headingsTablesCodeAndCalloutTitlesAreLeftOutAndEachListItemIsAUnit() {
        String body = """
                # A heading that is left out

                Physiotherapists help you move. They use exercise!

                - A short list item
                - Another item with a [link](https://example.com) and a note.[^nhs]

                | Table | row |
                |---|---|

                ```
                code is left out
                ```

                !!! info "Callout title left out"
                    The callout's text counts.
                """;
        ReadingLevel.Result result = ReadingLevel.of(body, 10);
        assertEquals(List.of(
                new ReadingLevel.Sentence(12, "Physiotherapists help you move."),
                new ReadingLevel.Sentence(12, "They use exercise!"),
                new ReadingLevel.Sentence(14, "A short list item"),
                new ReadingLevel.Sentence(15, "Another item with a link and a note."),
                new ReadingLevel.Sentence(25, "The callout's text counts.")), result.sentences());
        // words 4 + 3 + 4 + 8 + 4 = 23; syllables 8 + 5 + 5 + 11 + 5 = 34
        assertEquals(23, result.words());
        assertEquals(34, result.syllables());
        // 0.39 × 23/5 + 11.8 × 34/23 − 15.59 = 1.794 + 17.4435 − 15.59 = 3.6475
        assertEquals(3.6475, result.grade(), 1e-4);
        assertEquals("3.6", ReadingLevel.format(result.grade()));
        // alone: 0.39 × 4 + 11.8 × 8/4 − 15.59 = 9.57; 0.39 × 3 + 11.8 × 5/3 − 15.59 = 5.25; 0.39 × 8 + 11.8 × 11/8 − 15.59 = 3.76
        List<Integer> hardest = result.hardestPlaces(3);
        assertEquals(List.of("Physiotherapists help you move.", "They use exercise!", "Another item with a link and a note."),
                hardest.stream().map(i -> result.sentences().get(i).text()).toList());
        assertEquals(9.57, result.grades().get(hardest.get(0)), 1e-9);
        assertEquals("3.8", ReadingLevel.format(result.grades().get(hardest.get(2))));
    }

    @Test
    void aSentenceEndsAfterAStopAndASpaceAClosingQuoteBetweenThemIsDropped() {
        ReadingLevel.Result result = ReadingLevel.of("She said \u201cgo.\u201d Then she left. e.g. this\nline joins the last.\n", 3);
        assertEquals(List.of("She said \u201cgo.", "Then she left.", "e.g.", "this line joins the last."),
                result.sentences().stream().map(ReadingLevel.Sentence::text).toList());
        assertEquals(List.of(3, 3, 3, 3), result.sentences().stream().map(ReadingLevel.Sentence::line).toList(),
                "a sentence is placed on the line its paragraph starts");
    }

    @Test
    void quotesAndHtmlCommentsAndDefinitionsAreReadLikeTheCheckerReadsThem() {
        String body = "> Quoted words here.\n\n<!-- a comment\nstill a comment -->\n\nTerm\n: Its meaning is plain.\n";
        ReadingLevel.Result result = ReadingLevel.of(body, 1);
        assertEquals(List.of(new ReadingLevel.Sentence(1, "Quoted words here."), new ReadingLevel.Sentence(6, "Term"),
                new ReadingLevel.Sentence(7, "Its meaning is plain.")), result.sentences());
    }

    @Test
    void aPageWithNoWordsHasNoGrade() {
        assertFalse(ReadingLevel.of("## Only a heading\n\n| a | table |\n", 1).hasText());
    }

    @Test
    void gradesAreShownWithOneDecimalRoundedAsTheCheckerRounds() {
        assertEquals("5.5", ReadingLevel.format(5.45000001));
        assertEquals("5.4", ReadingLevel.format(5.44999999));
        assertEquals("0.2", ReadingLevel.format(0.25), "an exact half goes to the even digit");
        assertEquals("-1.4", ReadingLevel.format(-1.45), "-1.45 is stored a little above -1.45, so it rounds up");
    }
}
