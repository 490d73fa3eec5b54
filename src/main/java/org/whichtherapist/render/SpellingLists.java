package org.whichtherapist.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.whichtherapist.core.GzippedSize;

/**
 * The site's own words, for the search page's "Did you mean …?": {@code search/s/N.json} holds the words of N
 * letters, fetched after a miss for the lengths a close spelling can have (one edit for 3–5 letters, two for
 * longer, Elasticsearch's "AUTO"). Each is {@code [[words on 1 page], [on 2–3], [on 4–7], …]}, so the script
 * prefers a common word. A file weighs at most {@link #FILE_BUDGET} gzipped (the rarest words left out), so a
 * miss costs at most {@link #MISS_BUDGET}.
 */
final class SpellingLists {
    static final String FOLDER = "s";
    static final int SHORTEST = 3;
    static final int LONGEST = 24;
    /** The most edits between a word and its suggestion: 1 for up to five letters, else 2. */
    static final int MOST_EDITS = 2;
    static final int FILE_BUDGET = 4 * 1024;
    static final int MISS_BUDGET = (2 * MOST_EDITS + 1) * FILE_BUDGET;

    /** The last file made for each length, with the words it was made from: a length whose words are the same is not made again. */
    private final Map<Integer, Made> made = new HashMap<>();

    private record Made(List<Word> words, byte[] file, long weight) {
    }

    /** A word of the index and on how many pages it is. */
    record Word(String text, int pages) {
        /** Which band of its file the word is in: ⌊log₂ pages⌋. */
        int band() {
            return 31 - Integer.numberOfLeadingZeros(Math.max(1, pages));
        }
    }

    /** The files, by length, and the most one miss fetches of them, gzipped. */
    record Lists(SortedMap<Integer, byte[]> files, long largestMiss) {
    }

    /** {@code words[i]} is on {@code pages[i]} pages (0 for a word no page has any more). */
    Lists of(String[] words, int[] pages) {
        SortedMap<Integer, List<Word>> byLength = new TreeMap<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (pages[i] > 0 && word.length() >= SHORTEST && word.length() <= LONGEST && word.chars().allMatch(Character::isLetter)) {
                byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(new Word(word, pages[i]));
            }
        }
        SortedMap<Integer, byte[]> files = new TreeMap<>();
        SortedMap<Integer, Long> weights = new TreeMap<>();
        made.keySet().retainAll(byLength.keySet());
        byLength.forEach((length, list) -> {
            Made last = made.get(length);
            if (last == null || !last.words().equals(list)) {
                byte[] file = withinBudget(list);
                made.put(length, last = new Made(list, file, GzippedSize.of(file)));
            }
            files.put(length, last.file());
            weights.put(length, last.weight());
        });
        long largestMiss = 0;
        for (int length = SHORTEST; length <= LONGEST + MOST_EDITS; length++) { // the length of the word typed
            int edits = length <= 5 ? 1 : MOST_EDITS;
            largestMiss = Math.max(largestMiss, weights.subMap(length - edits, length + edits + 1).values().stream()
                    .mapToLong(Long::longValue).sum());
        }
        return new Lists(files, largestMiss);
    }

    /** The file of these words, or of as many of the commonest as fit {@link #FILE_BUDGET} gzipped. */
    private static byte[] withinBudget(List<Word> words) {
        List<Word> commonFirst = new ArrayList<>(words);
        commonFirst.sort(Comparator.comparingInt(Word::pages).reversed().thenComparing(Word::text));
        byte[] all = file(commonFirst);
        if (GzippedSize.of(all) <= FILE_BUDGET) {
            return all;
        }
        int fits = 0;
        int over = commonFirst.size();
        while (over - fits > 1) { // the largest count that fits, by halving
            int middle = (fits + over) >>> 1;
            if (GzippedSize.of(file(commonFirst.subList(0, middle))) <= FILE_BUDGET) {
                fits = middle;
            } else {
                over = middle;
            }
        }
        return file(commonFirst.subList(0, fits));
    }

    /** {@code [[band 0], [band 1], …]}, each band's words in order. */
    private static byte[] file(List<Word> words) {
        int bands = words.stream().mapToInt(Word::band).max().orElse(-1) + 1;
        return IntStream.range(0, bands).mapToObj(band -> words.stream().filter(word -> word.band() == band)
                        .map(Word::text).sorted().map(text -> '"' + text + '"') // letters only: nothing to escape
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "[", "]")).getBytes(StandardCharsets.UTF_8);
    }
}
