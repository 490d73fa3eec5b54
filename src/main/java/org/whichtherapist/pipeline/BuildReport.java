package org.whichtherapist.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.core.Problem;
import org.whichtherapist.publish.Precompressor;

/**
 * What a successful build did.
 *
 * @param readingLevelTable the reading level of every health page, as a table ({@code build --reading-levels}),
 *                          made when asked for
 */
public record BuildReport(Written written, Findings findings, PageWeights weights,
                          StageTimes times, Supplier<String> readingLevelTable) {

    /** The reading level table. */
    public String readingLevels() {
        return readingLevelTable.get();
    }

    /** What the bake rendered: every output, or only {@code parts} ({@code page:articles/x.html}, {@code list:...}). */
    public record Baked(boolean whole, java.util.SortedSet<String> parts) {
    }

    /** @param notReady the placeholders a build for the site's real address would refuse; empty when it was for one */
    public record Findings(List<Problem> warnings, List<Problem> notReady) {
    }

    public List<Problem> warnings() {
        return findings.warnings();
    }

    public List<Problem> notReady() {
        return findings.notReady();
    }

    /** @param pages content pages written; {@code files}: files in the finished site */
    public record Written(Path output, int pages, int files, Precompressor.Result compression, Baked baked) {
    }

    public Baked baked() {
        return written.baked();
    }

    public int pages() {
        return written.pages();
    }

    /** The lines the build ends with: what was built, and how heavy it is. */
    public String summary() {
        return String.format(java.util.Locale.UK, "Built %d pages (%d files) in %.1f s with %d warning%s → %s%n  %s",
                written.pages(), written.files(), times.total().toMillis() / 1000.0, warnings().size(),
                warnings().size() == 1 ? "" : "s", written.output(), weights().describe());
    }
}
