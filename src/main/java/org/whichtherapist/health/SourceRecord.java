package org.whichtherapist.health;

import java.time.LocalDate;

import static org.whichtherapist.core.DisplayDate.DISPLAY;

/**
 * One public page the site cites, from {@code content/_data/sources.yml}. Templates read
 * {@code source.title}, {@code source.publisher}, {@code source.url} and {@code source.dateText}.
 *
 * @param id       how pages cite it: {@code sources: [id]} and {@code [^id]}
 * @param dateText "Published 30 November 2016" or "Accessed 1 December 2026"
 */
public record SourceRecord(String id, String title, String publisher, String url, String dateText) {
    /** How a source's date reads: its publication date if known, else the day it was read, or nothing. */
    static String dateText(LocalDate accessed, LocalDate published) {
        return published != null ? "Published " + DISPLAY.format(published)
                : accessed != null ? "Accessed " + DISPLAY.format(accessed) : "";
    }
}
