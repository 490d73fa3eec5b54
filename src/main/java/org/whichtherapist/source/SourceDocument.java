package org.whichtherapist.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One content file as written: where it is and its front matter and Markdown.
 *
 * @param path        path relative to the project folder, e.g. {@code content/articles/x.md}
 * @param contentPath path relative to the content folder, e.g. {@code articles/x.md}
 */
public record SourceDocument(String path, String contentPath, FrontMatter frontMatter) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    /** The file name without its extension: how other pages refer to this one. */
    public String id() {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Optional<ContentType> type() {
        return frontMatter.text("type").flatMap(ContentType::fromId);
    }

    public String title() {
        return frontMatter.text("title").orElse(id());
    }

    public String status() {
        return frontMatter.text("status").orElse("");
    }

    public boolean isDraft() {
        return DRAFT.equals(status());
    }

    /** The publication date; only call after validation has accepted it. */
    public LocalDate date() {
        return parseDate(frontMatter.text("date").orElse("")).orElseThrow();
    }

    public Optional<LocalDate> reviewed() {
        return frontMatter.text("reviewed").flatMap(SourceDocument::parseDate);
    }

    public String body() {
        return frontMatter.body();
    }

    /** Where the page is written, relative to the site root, e.g. {@code articles/x.html}. */
    public String outputUri() {
        return type().map(ContentType::outputFolder).orElse("") + id() + ".html";
    }

    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(isPlainDate(text) ? LocalDate.of(number(text, 0, 4), number(text, 5, 7),
                    number(text, 8, 10)) : LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date written as YYYY-MM-DD that exists, or empty. */
    public static Optional<LocalDate> parseWrittenDate(String text) {
        return isPlainDate(text) ? parseDate(text) : Optional.empty();
    }

    /** YYYY-MM-DD, read digit by digit: much faster than {@link LocalDate#parse}, and lists sort by date often. */
    private static boolean isPlainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
