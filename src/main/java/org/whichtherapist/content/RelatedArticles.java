package org.whichtherapist.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles are most like a page: two points for each discipline, technique or
 * qualification they share (or that the page is), one for each shared tag; newest first among
 * equals. Built once per bake from an index of who names what, so each page costs only the
 * articles it shares something with, not a pass over every article.
 */
final class RelatedArticles {
    private static final int TOPIC = 2;
    private static final int TAG = 1;

    /** "discipline:physiotherapist" or "tag:nhs" to the articles that name it, newest first. */
    private final Map<String, List<Page>> byKey = new HashMap<>();
    /** Position of each article, newest first, by address, to break ties. */
    private final Map<String, Integer> order = new HashMap<>();

    RelatedArticles(List<Page> articlesNewestFirst) {
        for (int i = 0; i < articlesNewestFirst.size(); i++) {
            Page article = articlesNewestFirst.get(i);
            order.put(article.uri(), i);
            keys(article).keySet().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article));
        }
    }

    List<Page> of(Page page, int limit) {
        // Keyed by address: a page's own equality compares its whole text.
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Page> pages = new HashMap<>();
        keys(page).forEach((key, weight) -> {
            for (Page article : byKey.getOrDefault(key, List.of())) {
                if (!article.uri().equals(page.uri())) {
                    scores.merge(article.uri(), weight, Integer::sum);
                    pages.putIfAbsent(article.uri(), article);
                }
            }
        });
        return scores.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(e -> order.get(e.getKey())))
                .limit(limit)
                .map(e -> pages.get(e.getKey()))
                .toList();
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
