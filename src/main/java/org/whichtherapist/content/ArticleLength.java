package org.whichtherapist.content;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalInt;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * The owner's preferred length of a published article: outside it, a warning, never an error (the length
 * is the owner's choice). A setting left out is no limit.
 */
public record ArticleLength(OptionalInt min, OptionalInt max) {
    public static final String MIN_WORDS = "site.article.min_words";
    public static final String MAX_WORDS = "site.article.max_words";

    /** The limits set in {@code settings} (checked there: whole numbers); a maximum below the minimum is a problem. */
    public static ArticleLength read(SiteSettings settings, Problems problems) {
        OptionalInt min = settings.wholeNumber(MIN_WORDS);
        OptionalInt max = settings.wholeNumber(MAX_WORDS);
        if (min.isPresent() && max.isPresent() && max.getAsInt() < min.getAsInt()) {
            problems.error(settings.problem(MAX_WORDS, "'" + MAX_WORDS + "' (" + max.getAsInt() + ") is below '"
                    + MIN_WORDS + "' (" + min.getAsInt() + ")", "make the longest length larger than the shortest"));
            return new ArticleLength(OptionalInt.empty(), OptionalInt.empty());
        }
        return new ArticleLength(min, max);
    }

    /** A warning for each published article among {@code pages} shorter or longer than the site's limits. */
    public Problems check(Collection<Page> pages) {
        Problems problems = new Problems();
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK); // "1,200": made once, it is slow to make
        for (Page page : pages) {
            if (page.source().type().orElse(null) != ContentType.ARTICLE || page.draft()) {
                continue;
            }
            int words = page.text().words();
            String file = page.source().path();
            if (min.isPresent() && words < min.getAsInt()) {
                problems.warn(file, firstTextLine(page.source().frontMatter()), "this article has " + count.format(words)
                        + " words; this site's articles have at least " + count.format(min.getAsInt()) + " (" + MIN_WORDS
                        + " in jbake.properties)", "add what a reader would ask next, or join it to a related article;"
                        + " if short articles suit your site, lower " + MIN_WORDS);
            } else if (max.isPresent() && words > max.getAsInt()) {
                problems.warn(file, firstTextLine(page.source().frontMatter()), "this article has " + count.format(words)
                        + " words; this site's articles have at most " + count.format(max.getAsInt()) + " (" + MAX_WORDS
                        + " in jbake.properties)", "split it into two articles that link to each other, or raise "
                        + MAX_WORDS);
            }
        }
        return problems;
    }

    /** The line of the body's first text, after the blank lines that follow the front matter. */
    private static int firstTextLine(FrontMatter fm) {
        return fm.bodyLine() + (int) fm.body().lines().takeWhile(String::isBlank).count();
    }
}
