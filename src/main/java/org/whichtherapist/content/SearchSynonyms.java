package org.whichtherapist.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The owner's {@code same_as} words applied to a text exactly as {@code assets/js/search.js} applies them to a
 * query (the longest run a synonym names first), so each word means the same in pages and in queries.
 */
public final class SearchSynonyms {
    private final List<SearchWords.Synonym> synonyms;
    /** Each synonym by the first word readers type, longest first. */
    private final Map<String, List<SearchWords.Synonym>> byFirstWord = new HashMap<>();

    public SearchSynonyms(List<SearchWords.Synonym> synonyms) {
        this.synonyms = List.copyOf(synonyms);
        for (SearchWords.Synonym synonym : synonyms) {
            byFirstWord.computeIfAbsent(synonym.typed().get(0), w -> new ArrayList<>()).add(synonym);
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.typed().size() - a.typed().size()));
    }

    /** The synonyms, as what readers type and the site's words, each a run of words joined by single spaces. */
    public List<List<String>> pairs() {
        return synonyms.stream().map(s -> List.of(String.join(" ", s.typed()), String.join(" ", s.site()))).toList();
    }

    /** Gives each word of the text in order, repeats included, and after each run a synonym names, the site's words for it. */
    public void each(String text, Consumer<String> word) {
        if (synonyms.isEmpty()) {
            SearchTerms.each(text, word);
            return;
        }
        List<String> words = new ArrayList<>();
        SearchTerms.each(text, words::add);
        for (int i = 0; i < words.size(); ) {
            SearchWords.Synonym run = longestAt(words, i);
            int length = run == null ? 1 : run.typed().size();
            words.subList(i, i + length).forEach(word);
            if (run != null) {
                run.site().forEach(word);
            }
            i += length;
        }
    }

    private SearchWords.Synonym longestAt(List<String> words, int at) {
        for (SearchWords.Synonym synonym : byFirstWord.getOrDefault(words.get(at), List.of())) {
            List<String> typed = synonym.typed();
            if (at + typed.size() <= words.size() && words.subList(at, at + typed.size()).equals(typed)) {
                return synonym;
            }
        }
        return null;
    }
}
