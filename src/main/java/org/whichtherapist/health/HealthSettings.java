package org.whichtherapist.health;

import java.util.Optional;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * The owner's settings for health pages, from jbake.properties.
 *
 * @param reviewMonths  months from {@code reviewed} to the next review, when a page gives no {@code next_review}
 * @param overdueFails  whether a page past its review date stops {@code mvn package} (otherwise a warning)
 * @param maxGrade      the highest reading level (Flesch–Kincaid grade) before the build warns
 * @param maxSourceAge  months after a source's {@code accessed} date before the build warns that it is due a look
 */
public record HealthSettings(int reviewMonths, boolean overdueFails, double maxGrade, int maxSourceAge) {
    public static final String REVIEW_MONTHS = "site.review.months";
    public static final String OVERDUE = "site.review.overdue";
    public static final String MAX_GRADE = "site.reading_level.max";
    public static final String MAX_SOURCE_AGE = "site.sources.max_age_months";
    public static final HealthSettings DEFAULT = new HealthSettings(12, false, 6, 24);

    /** The settings, or the defaults for those not set; a setting that makes no sense is a problem. */
    public static HealthSettings read(SiteSettings settings, Problems problems) {
        int months = checked(settings, REVIEW_MONTHS, "[1-9][0-9]?", "a number of months", problems)
                .map(Integer::parseInt).orElse(DEFAULT.reviewMonths);
        String overdue = checked(settings, OVERDUE, "warn|fail", "warn or fail", problems).orElse("warn");
        double grade = checked(settings, MAX_GRADE, "[0-9]{1,2}(\\.[0-9])?", "a grade such as 6", problems)
                .map(Double::parseDouble).orElse(DEFAULT.maxGrade);
        int sourceAge = checked(settings, MAX_SOURCE_AGE, "[1-9][0-9]?", "a number of months", problems)
                .map(Integer::parseInt).orElse(DEFAULT.maxSourceAge);
        return new HealthSettings(months, overdue.equals("fail"), grade, sourceAge);
    }

    /** The setting's text if it is set and matches {@code pattern}; a problem if it is set and does not. */
    private static Optional<String> checked(SiteSettings settings, String key, String pattern, String what,
                                            Problems problems) {
        Optional<String> text = settings.text(key);
        if (text.isPresent() && !text.get().matches(pattern)) {
            problems.error(SiteSettings.FILE, settings.lineOf(key), "'" + key + "' is '" + text.get() + "', which is not "
                    + what, "write e.g. " + key + "=" + DEFAULT_TEXT.get(key));
            return Optional.empty();
        }
        return text;
    }

    private static final java.util.Map<String, String> DEFAULT_TEXT = java.util.Map.of(REVIEW_MONTHS, "12", OVERDUE,
            "warn", MAX_GRADE, "6", MAX_SOURCE_AGE, "24");
}
