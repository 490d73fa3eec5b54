package org.whichtherapist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every run of n consecutive words in a text, lower case, punctuation and link targets ignored. */
final class WordRuns {
    private WordRuns() {
    }

    static Set<String> of(String text, int n) {
        String words = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\]\\([^)]*\\)", " ")     // Markdown link targets
                .replace('’', '\'')
                .replaceAll("[^a-z0-9']+", " ")
                .strip();
        List<String> list = new ArrayList<>(Arrays.asList(words.split(" ")));
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + n <= list.size(); i++) {
            runs.add(String.join(" ", list.subList(i, i + n)));
        }
        return runs;
    }
}
