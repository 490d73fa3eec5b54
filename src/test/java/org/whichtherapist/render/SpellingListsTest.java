package org.whichtherapist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.GzippedSize;

/** The site's words by length, for the search's suggestions: bands by how many pages, within a budget per file. */
class SpellingListsTest {

    @Test
    void wordsAreFiledByLengthAndByHowManyPagesHoldThem() {
        SpellingLists.Lists lists = new SpellingLists().of(new String[] {"knee", "neck", "back", "2026", "ok", "gone", "kneecap"},
                new int[] {9, 1, 2, 5, 40, 0, 3});
        assertEquals(List.of(4, 7), List.copyOf(lists.files().keySet()), "no word of digits, of two letters or on no page");
        // neck on 1 page (band 0), back on 2 (band 1), knee on 9 (band 3: 8 to 15 pages)
        assertEquals("[[\"neck\"],[\"back\"],[],[\"knee\"]]", text(lists.files().get(4)));
        assertEquals("[[],[\"kneecap\"]]", text(lists.files().get(7)));
        assertEquals(GzippedSize.of(lists.files().get(4)) + GzippedSize.of(lists.files().get(7)), lists.largestMiss(),
                "a miss of 5 to 9 letters fetches both");
    }

    @Test
    void theSameListsAskedAgainAnswerForTheirWordsAsTheyAreNow() {
        SpellingLists lists = new SpellingLists();
        String[] words = {"knee", "neck", "kneecap"};
        lists.of(words, new int[] {9, 1, 3});
        SpellingLists.Lists again = lists.of(words, new int[] {9, 2, 0});
        assertEquals("[[],[\"neck\"],[],[\"knee\"]]", text(again.files().get(4)), "neck is now on two pages");
        assertEquals(List.of(4), List.copyOf(again.files().keySet()), "kneecap is on no page now");
    }

    @Test
    void aLengthWithMoreWordsThanTheBudgetKeepsTheCommonestAndAMissStaysWithinItsBudget() {
        Random random = new Random(5);
        List<String> words = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (int length = 6; length <= 10; length++) {
            for (int i = 0; i < 6000; i++) {
                StringBuilder word = new StringBuilder();
                for (int c = 0; c < length; c++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                words.add(word.toString());
                pages.add(1 + random.nextInt(3) * random.nextInt(200));
            }
        }
        words.add("physiotherapy");
        pages.add(1);
        SpellingLists.Lists lists = new SpellingLists().of(words.toArray(String[]::new), pages.stream().mapToInt(i -> i).toArray());
        for (int length = 6; length <= 10; length++) {
            byte[] file = lists.files().get(length);
            assertTrue(GzippedSize.of(file) <= SpellingLists.FILE_BUDGET, length + ": " + GzippedSize.of(file));
            assertTrue(GzippedSize.of(file) > SpellingLists.FILE_BUDGET * 9 / 10, "the budget is used");
            String text = text(file);
            int least = Integer.MAX_VALUE;
            int mostLeftOut = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).length() == length) {
                    if (text.contains("\"" + words.get(i) + "\"")) {
                        least = Math.min(least, pages.get(i));
                    } else {
                        mostLeftOut = Math.max(mostLeftOut, pages.get(i));
                    }
                }
            }
            assertTrue(mostLeftOut <= least, length + ": a word left out is on no more pages than every word kept");
        }
        assertTrue(text(lists.files().get(13)).contains("physiotherapy"), "a length with few words keeps them all");
        assertTrue(lists.largestMiss() <= SpellingLists.MISS_BUDGET, lists.largestMiss() + " bytes");
        assertFalse(lists.files().containsKey(11));
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }
}
