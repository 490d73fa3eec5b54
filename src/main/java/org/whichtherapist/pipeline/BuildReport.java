package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.core.Problem;

/**
 * What a successful build did.
 *
 * @param written  where the site is, how many content pages and files it has
 * @param warnings things worth fixing that did not stop the build
 * @param weighing how heavy the pages and the search index are; a build ends as soon as the files are
 *                 in place, and the weighing (gzip of a large search index) finishes meanwhile
 * @param times    how long each stage took, until the site was in place
 * @param readingLevels the reading level of every health page, as a table ({@code build --reading-levels})
 */
public record BuildReport(Written written, List<Problem> warnings, CompletableFuture<PageWeights> weighing,
                          StageTimes times, String readingLevels) {

    /**
     * @param output where the site is
     * @param pages  content pages written
     * @param files  files in the finished site (pages, lists, feed, assets)
     */
    public record Written(Path output, int pages, int files) {
    }

    public int pages() {
        return written.pages();
    }

    public Path output() {
        return written.output();
    }

    /** How heavy the pages and the search index are (waits for the weighing to finish). */
    public PageWeights weights() {
        return weighing.join();
    }

    /** The lines the build ends with: what was built, and how heavy it is. */
    public String summary() {
        return String.format(java.util.Locale.UK, "Built %d pages (%d files) in %.1f s with %d warning%s → %s%n  %s",
                written.pages(), written.files(), times.total().toMillis() / 1000.0, warnings.size(),
                warnings.size() == 1 ? "" : "s", written.output(), weights().describe());
    }
}
