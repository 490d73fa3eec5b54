package org.whichtherapist.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long list (the article list, a topic's pages), which is split so that no page
 * outgrows the first round trip however large the site becomes. Templates see it as
 * {@code listPage}: {@code listPage.items}, {@code listPage.number} of {@code listPage.count}, its
 * address {@code listPage.uri}, and the addresses of the first and last page and of the pages before
 * and after ({@code listPage.previous}, {@code listPage.next}; empty at either end).
 *
 * @param firstUri the list's own address, where its first page goes ({@code articles.html}); the
 *                 others follow it as {@code articles-page-2.html}, {@code tags/knee-page-3.html}, ...
 */
public record ListPage<T>(int number, int count, List<T> items, String firstUri) {

    /** The address of page {@code number} of the list whose first page is {@code first} ({@code name.html}). */
    public static String address(String first, int number) {
        if (number == 1) {
            return first;
        }
        int dot = first.lastIndexOf('.');
        boolean extension = dot > first.lastIndexOf('/');
        return (extension ? first.substring(0, dot) : first) + "-page-" + number + (extension ? first.substring(dot) : "");
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
            pages.add(new ListPage<>(number, count, List.copyOf(slice), first));
        }
        return pages;
    }

    /** This page's address below the site root. */
    public String uri() {
        return address(firstUri, number);
    }

    public String first() {
        return firstUri;
    }

    public String last() {
        return address(firstUri, count);
    }

    /** The page before, or empty on the first. */
    public String previous() {
        return number > 1 ? address(firstUri, number - 1) : "";
    }

    /** The page after, or empty on the last. */
    public String next() {
        return number < count ? address(firstUri, number + 1) : "";
    }
}
