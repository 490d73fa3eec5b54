package org.whichtherapist.render;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.whichtherapist.content.Page;

/**
 * One page of a list (the home page's latest articles, the article list, a topic's pages), split so that no
 * page outgrows the first round trip; templates see it as {@code listPage}.
 *
 * @param uris the addresses of every page of the list, first to last
 */
public record ListPage(String name, int number, List<Page> items, List<String> uris) {

    /** Addresses that follow the first: {@code articles.html}, {@code articles-page-2.html}, ... */
    public static IntFunction<String> numbered(String first) {
        int dot = first.lastIndexOf('.');
        String stem = dot > first.lastIndexOf('/') ? first.substring(0, dot) : first;
        String extension = first.substring(stem.length());
        return number -> number == 1 ? first : stem + "-page-" + number + extension;
    }

    /** {@code items} split into pages of {@code perPage}, page {@code n} at {@code address(n)}; an empty list still has its page. */
    public static List<ListPage> split(String name, List<Page> items, int perPage, IntFunction<String> address) {
        int count = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<String> uris = IntStream.rangeClosed(1, count).mapToObj(address).toList();
        return IntStream.rangeClosed(1, count).mapToObj(number -> new ListPage(name, number,
                List.copyOf(items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage))), uris))
                .toList();
    }

    public int count() {
        return uris.size();
    }

    public String uri() {
        return uris.get(number - 1);
    }

    public String first() {
        return uris.get(0);
    }

    public String last() {
        return uris.get(count() - 1);
    }

    /** The page before, or empty on the first. */
    public String previous() {
        return number > 1 ? uris.get(number - 2) : "";
    }

    /** The page after, or empty on the last. */
    public String next() {
        return number < count() ? uris.get(number) : "";
    }
}
