package org.whichtherapist.health;

import org.whichtherapist.core.DisplayDate;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problems;

/** When each health page is next due for review, and a warning (or, when set to fail, an error) past it. */
public record ReviewDates(HealthSettings settings) {
    /** The day a health page is next due for review, or empty for a page with no review date. */
    public Optional<LocalDate> next(SourceDocument doc) {
        return doc.frontMatter().text("next_review").flatMap(SourceDocument::parseDate)
                .or(() -> doc.reviewed().map(d -> d.plusMonths(settings.reviewMonths())));
    }

    /** Every health page in {@code pages} past its next review on {@code today}; a next review before the last one. */
    public Problems check(Collection<SourceDocument> pages, BuildMode mode, LocalDate today) {
        Problems problems = new Problems();
        for (SourceDocument doc : pages) {
            if (!doc.type().map(ContentType::isHealthContent).orElse(false)) {
                continue;
            }
            Optional<LocalDate> next = next(doc);
            Optional<LocalDate> reviewed = doc.reviewed();
            if (next.isEmpty() || reviewed.isEmpty()) {
                continue;
            }
            FrontMatter fm = doc.frontMatter();
            String field = fm.has("next_review") ? "next_review" : "reviewed";
            if (next.get().isBefore(reviewed.get())) {
                problems.error(doc.path(), fm.lineOf("next_review"), "'next_review' (" + next.get()
                        + ") is before 'reviewed' (" + reviewed.get() + ")", "write the day of the next review, after the last one");
            } else if (today.isAfter(next.get())) {
                String message = "this page was due for review on " + DisplayDate.DISPLAY.format(next.get());
                String fix = "check it against its sources, then set 'reviewed:' to the day you did"
                        + (fm.has("next_review") ? " and move or remove 'next_review'" : "");
                if (settings.overdueFails() && mode == BuildMode.PUBLISH) {
                    problems.error(doc.path(), fm.lineOf(field), message, fix + " (" + HealthSettings.OVERDUE
                            + "=fail stops the build until then)");
                } else {
                    problems.warn(doc.path(), fm.lineOf(field), message, fix);
                }
            }
        }
        return problems;
    }
}
