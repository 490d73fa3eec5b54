package org.whichtherapist.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lists the site writes besides its pages, as {@link ListPage}s; templates see it as {@code lists}.
 *
 * @param topicIndex the address of the index of topics, or empty when there is none
 */
public record SiteLists(List<ListPage> home, List<ListPage> articles, Map<String, List<ListPage>> topicPages,
                        String topicIndex) {

    /** A topic as the index lists it: its name, its first page's address and how many pages have it. */
    public record Topic(String name, String uri, int size) {
    }

    public List<Topic> topics() {
        return topicPages.values().stream().map(pages -> new Topic(pages.get(0).name(), pages.get(0).uri(),
                pages.stream().mapToInt(page -> page.items().size()).sum())).toList();
    }

    /** Every page of every list, in that order: for the sitemap. */
    public List<String> uris() {
        List<String> uris = new ArrayList<>();
        home.forEach(page -> uris.add(page.uri()));
        articles.forEach(page -> uris.add(page.uri()));
        if (!topicIndex.isEmpty()) {
            uris.add(topicIndex);
        }
        topicPages.values().forEach(pages -> pages.forEach(page -> uris.add(page.uri())));
        return uris;
    }
}
