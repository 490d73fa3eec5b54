package org.whichtherapist.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Synonyms applied to a text as the index applies them to a page, and search.js to a query. */
class SearchSynonymsTest {
    private static final SearchSynonyms SYNONYMS = new SearchSynonyms(List.of(
            new SearchWords.Synonym(List.of("physio"), List.of("physiotherapist")),
            new SearchWords.Synonym(List.of("physical", "therapist"), List.of("physiotherapist")),
            new SearchWords.Synonym(List.of("physical", "therapist", "assistant"), List.of("physiotherapy", "assistant")),
            new SearchWords.Synonym(List.of("masseur"), List.of("massage", "therapist"))));

    private static List<String> words(SearchSynonyms synonyms, String text) {
        List<String> words = new ArrayList<>();
        synonyms.each(text, words::add);
        return words;
    }

    @Test
    void eachWordComesWithTheSitesWordsAfterARunASynonymNames() {
        assertEquals(List.of("see", "physio", "physiotherapist", "or", "masseur", "massage", "therapist"),
                words(SYNONYMS, "See a Physio, or a masseur."));
    }

    @Test
    void theLongestRunIsTakenAsOneThenTheWordAfterIt() {
        assertEquals(List.of("physical", "therapist", "assistant", "physiotherapy", "assistant", "physical"),
                words(SYNONYMS, "physical therapist assistant physical"));
        assertEquals(List.of("physical", "therapist", "physiotherapist", "physio", "physiotherapist"),
                words(SYNONYMS, "physical therapist physio"));
    }

    @Test
    void withoutSynonymsTheWordsAreTheSearchsWords() {
        List<String> plain = new ArrayList<>();
        SearchTerms.each("See a Physio, or a masseur.", plain::add);
        assertEquals(plain, words(new SearchSynonyms(List.of()), "See a Physio, or a masseur."));
        assertEquals(List.of(List.of("physio", "physiotherapist"), List.of("physical therapist", "physiotherapist"),
                List.of("physical therapist assistant", "physiotherapy assistant"), List.of("masseur", "massage therapist")),
                SYNONYMS.pairs());
    }
}
