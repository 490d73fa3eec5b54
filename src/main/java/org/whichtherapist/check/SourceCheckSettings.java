package org.whichtherapist.check;

import java.time.Duration;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * The owner's settings for {@code exec:java@check-sources}, from jbake.properties.
 *
 * @param keptDays how many days a source's result is kept before its site is asked again (0: always)
 * @param timeout  how long each request may take to answer
 */
public record SourceCheckSettings(int keptDays, Duration timeout) {
    public static final String KEPT_DAYS = "site.sources.recheck_days";
    public static final String TIMEOUT = "site.sources.timeout_seconds";

    /** The settings, or the defaults (7 days, 20 seconds) for those not set; nonsense is a problem at its line. */
    public static SourceCheckSettings read(SiteSettings settings, Problems problems) {
        return new SourceCheckSettings(settings.wholeNumber(KEPT_DAYS, 0, 365, 7, problems),
                Duration.ofSeconds(settings.wholeNumber(TIMEOUT, 1, 120, 20, problems)));
    }
}
