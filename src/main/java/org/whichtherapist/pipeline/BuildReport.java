package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.core.Problem;
import org.whichtherapist.publish.Precompressor;

/**
 * What a successful build did.
 *
 * @param written  where the site is, how many content pages and files it has
 * @param findings what is worth fixing but did not stop the build
 * @param weights  how heavy the pages are, gzipped, and what the search downloads
 * @param times    how long each stage took, until the site was in place
 * @param readingLevels the reading level of every health page, as a table ({@code build --reading-levels})
 */
public record BuildReport(Written written, Findings findings, PageWeights weights,
                          StageTimes times, String readingLevels) {

    /**
     * What the bake rendered.
     *
     * @param whole every output, into an empty folder; else only {@code parts}, the rest kept from the last bake
     * @param parts for a partial bake, the outputs rendered again ({@code page:articles/x.html}, {@code list:...})
     */
    public record Baked(boolean whole, java.util.SortedSet<String> parts) {
    }

    /**
     * @param warnings things worth fixing that did not stop the build
     * @param notReady what would stop a build for the site's real address ({@code PublishReadiness}): the
     *                 placeholders still in the site; empty when the build was for a real address
     */
    public record Findings(List<Problem> warnings, List<Problem> notReady) {
    }

    public List<Problem> warnings() {
        return findings.warnings();
    }

    public List<Problem> notReady() {
        return findings.notReady();
    }

    /**
     * @param output      where the site is
     * @param pages       content pages written
     * @param files       files in the finished site (pages, lists, feed, assets)
     * @param compression what the .gz/.br copies took: which files were compressed, which came from the cache
     * @param baked       what the bake rendered
     */
    public record Written(Path output, int pages, int files, Precompressor.Result compression, Baked baked) {
    }

    public Baked baked() {
        return written.baked();
    }

    public int pages() {
        return written.pages();
    }

    public Path output() {
        return written.output();
    }

    /** The lines the build ends with: what was built, and how heavy it is. */
    public String summary() {
        return String.format(java.util.Locale.UK, "Built %d pages (%d files) in %.1f s with %d warning%s → %s%n  %s",
                written.pages(), written.files(), times.total().toMillis() / 1000.0, warnings().size(),
                warnings().size() == 1 ? "" : "s", written.output(), weights().describe());
    }
}
