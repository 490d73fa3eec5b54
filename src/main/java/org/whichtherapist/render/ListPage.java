package org.whichtherapist.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long list (the article list, a topic's pages), which is split so that no page
 * outgrows the first round trip however large the site becomes. Templates see it as
 * {@code listPage}: {@code listPage.items}, {@code listPage.number} of {@code listPage.count}, and
 * the addresses of the first and last page and of the pages before and after
 * ({@code listPage.previous}, {@code listPage.next}; empty at either end).
 *
 * @param uri the page's address below the site root: the list's own address for the first page,
 *            then {@code articles-page-2.html}, {@code tags/knee-page-3.html}, ...
 */
public record ListPage<T>(int number, int count, List<T> items, String uri, String first, String previous, String next,
                          String last) {

    /** The address of page {@code number} of the list whose first page is {@code first} ({@code name.html}). */
    public static String address(String first, int number) {
        if (number == 1) {
            return first;
        }
        int dot = first.lastIndexOf('.');
        return (dot > first.lastIndexOf('/') ? first.substring(0, dot) : first) + "-page-" + number
                + (dot > first.lastIndexOf('/') ? first.substring(dot) : "");
    }

    /** How many pages a list of {@code size} items takes, {@code perPage} to a page (an empty list still has its page). */
    public static int pagesFor(int size, int perPage) {
        return Math.max(1, (size + perPage - 1) / perPage);
    }

    /** The list split into pages of {@code perPage} items, the first at {@code first}. */
    public static <T> List<ListPage<T>> split(List<T> items, String first, int perPage) {
        int count = pagesFor(items.size(), perPage);
        List<ListPage<T>> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            List<T> slice = items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage));
            pages.add(new ListPage<>(number, count, List.copyOf(slice), address(first, number), first,
                    number > 1 ? address(first, number - 1) : "", number < count ? address(first, number + 1) : "",
                    address(first, count)));
        }
        return pages;
    }
}
