package org.whichtherapist.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles are most like a page: two points for each discipline, technique or qualification they
 * share (or that the page is), one for each shared tag; newest first among equals. An index of who names
 * what makes each page cost a few additions, not a pass over every article.
 */
final class RelatedArticles {
    private static final int TOPIC = 2;
    private static final int TAG = 1;

    private final List<Page> articles;
    /** "discipline:physiotherapist" or "tag:nhs" to the positions of the articles that name it. */
    private final Map<String, int[]> positionsByKey = new HashMap<>();
    /** Each article's position, by address: a page is never related to itself. */
    private final Map<String, Integer> positionByUri = new HashMap<>();

    RelatedArticles(List<Page> articlesNewestFirst) {
        this.articles = List.copyOf(articlesNewestFirst);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Page article = articles.get(i);
            positionByUri.put(article.uri(), i);
            for (String key : keys(article).keySet()) {
                positions.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        positions.forEach((key, list) -> positionsByKey.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    List<Page> of(Page page, int limit) {
        int self = positionByUri.getOrDefault(page.uri(), -1);
        int[] scores = new int[articles.size()];
        int[] sharing = new int[articles.size()];
        int found = 0;
        for (Map.Entry<String, Integer> key : keys(page).entrySet()) {
            for (int position : positionsByKey.getOrDefault(key.getKey(), new int[0])) {
                if (position != self) {
                    if (scores[position] == 0) {
                        sharing[found++] = position;
                    }
                    scores[position] += key.getValue();
                }
            }
        }
        return best(scores, sharing, found, limit);
    }

    /** The {@code limit} best-scoring articles, best first; the newer (smaller position) first among equals. */
    private List<Page> best(int[] scores, int[] sharing, int found, int limit) {
        List<Page> best = new ArrayList<>();
        boolean[] taken = new boolean[articles.size()];
        while (best.size() < Math.min(limit, found)) {
            int pick = -1;
            for (int i = 0; i < found; i++) {
                int position = sharing[i];
                if (!taken[position] && (pick < 0 || scores[position] > scores[pick]
                        || scores[position] == scores[pick] && position < pick)) {
                    pick = position;
                }
            }
            taken[pick] = true;
            best.add(articles.get(pick));
        }
        return best;
    }

    /** What a page is about, each with its weight. */
    private static Map<String, Integer> keys(Page page) {
        Map<String, Integer> keys = new HashMap<>();
        keys.put(page.type() + ":" + page.id(), TOPIC);
        page.list("disciplines").forEach(id -> keys.put("discipline:" + id, TOPIC));
        page.list("techniques").forEach(id -> keys.put("technique:" + id, TOPIC));
        page.list("qualifications").forEach(id -> keys.put("qualification:" + id, TOPIC));
        page.list("tags").forEach(tag -> keys.putIfAbsent("tag:" + tag, TAG));
        return keys;
    }
}
