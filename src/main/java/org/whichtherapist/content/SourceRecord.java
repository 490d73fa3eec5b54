package org.whichtherapist.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One public page the site cites, from {@code content/_data/sources.yml}. Templates read
 * {@code source.title}, {@code source.publisher}, {@code source.url} and {@code source.dateText}.
 *
 * @param id        how pages cite it: {@code sources: [id]} and {@code [^id]}
 * @param accessed  when it was read, or null
 * @param published when it was published, or null
 */
public record SourceRecord(String id, String title, String publisher, String url, LocalDate accessed,
                           LocalDate published) {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "Published 30 November 2016" or "Accessed 1 December 2026". */
    public String dateText() {
        return published != null ? "Published " + DISPLAY.format(published)
                : accessed != null ? "Accessed " + DISPLAY.format(accessed) : "";
    }
}
