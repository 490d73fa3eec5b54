package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.core.Problem;

/**
 * What a successful build did.
 *
 * @param pages          content pages written
 * @param files          files in the finished site (pages, lists, feed, assets)
 * @param warnings       things worth fixing that did not stop the build
 * @param output         where the site is
 * @param took           how long the build took, until the site was in place
 * @param weighing       how heavy the pages and the search index are; the preview's builds end as soon
 *                       as the files are in place, and the weighing (gzip of a large search index)
 *                       finishes meanwhile
 * @param times          how long each stage took
 * @param readingLevels  the reading level of every health page, as a table ({@code build --reading-levels})
 */
public record BuildReport(int pages, int files, List<Problem> warnings, Path output, Duration took,
                          CompletableFuture<PageWeights> weighing, StageTimes times, String readingLevels) {

    /** This report with the reading level table. */
    public BuildReport withReadingLevels(String table) {
        return new BuildReport(pages, files, warnings, output, took, weighing, times, table);
    }

    /** How heavy the pages and the search index are (waits for the weighing to finish). */
    public PageWeights weights() {
        return weighing.join();
    }

    /** The lines the build ends with: what was built, and how heavy it is. */
    public String summary() {
        return String.format(java.util.Locale.UK, "Built %d pages (%d files) in %.1f s with %d warning%s → %s%n  %s",
                pages, files, took.toMillis() / 1000.0, warnings.size(), warnings.size() == 1 ? "" : "s", output,
                weights().describe());
    }
}
