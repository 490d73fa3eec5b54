package org.whichtherapist.content;

import java.util.Optional;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * The owner's settings for health pages, from jbake.properties.
 *
 * @param reviewMonths  months from {@code reviewed} to the next review, when a page gives no {@code next_review}
 * @param overdueFails  whether a page past its review date stops {@code mvn package} (otherwise a warning)
 * @param maxGrade      the highest reading level (Flesch–Kincaid grade) before the build warns
 */
public record HealthSettings(int reviewMonths, boolean overdueFails, double maxGrade) {
    public static final String REVIEW_MONTHS = "site.review.months";
    public static final String OVERDUE = "site.review.overdue";
    public static final String MAX_GRADE = "site.reading_level.max";
    public static final HealthSettings DEFAULT = new HealthSettings(12, false, 6);

    /** The settings, or the defaults for those not set; a setting that makes no sense is a problem. */
    public static HealthSettings read(SiteSettings settings, Problems problems) {
        int months = DEFAULT.reviewMonths;
        Optional<String> monthsText = settings.text(REVIEW_MONTHS);
        if (monthsText.isPresent()) {
            if (monthsText.get().matches("[1-9][0-9]?")) {
                months = Integer.parseInt(monthsText.get());
            } else {
                problems.error(SiteSettings.FILE, settings.lineOf(REVIEW_MONTHS), "'" + REVIEW_MONTHS + "' is '"
                        + monthsText.get() + "', which is not a number of months", "write e.g. " + REVIEW_MONTHS + "=12");
            }
        }
        String overdue = settings.text(OVERDUE).orElse("warn");
        if (!overdue.equals("warn") && !overdue.equals("fail")) {
            problems.error(SiteSettings.FILE, settings.lineOf(OVERDUE), "'" + OVERDUE + "' is '" + overdue
                    + "', which is neither warn nor fail", "write " + OVERDUE + "=warn or " + OVERDUE + "=fail");
        }
        double grade = DEFAULT.maxGrade;
        Optional<String> gradeText = settings.text(MAX_GRADE);
        if (gradeText.isPresent()) {
            if (gradeText.get().matches("[0-9]{1,2}(\\.[0-9])?")) {
                grade = Double.parseDouble(gradeText.get());
            } else {
                problems.error(SiteSettings.FILE, settings.lineOf(MAX_GRADE), "'" + MAX_GRADE + "' is '"
                        + gradeText.get() + "', which is not a grade", "write a number such as " + MAX_GRADE + "=6");
            }
        }
        return new HealthSettings(months, overdue.equals("fail"), grade);
    }
}
