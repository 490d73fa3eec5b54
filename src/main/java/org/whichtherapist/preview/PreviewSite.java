package org.whichtherapist.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildMemory;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.SiteBuild;

/** The preview's builds of one project, drafts included, with what is reused between saves: the build's memory and the work folder. */
public final class PreviewSite {
    private final BuildMemory memory = new BuildMemory();
    private final PreviewOutput output = new PreviewOutput();

    /** The folder the preview bakes into, beside the served one. */
    public static Path workFolder(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-work");
    }

    /** Builds the preview into {@code options.output()}, reusing what the last build of this object left. */
    public BuildReport build(BuildOptions options) throws BuildFailedException, IOException {
        return build(options, Optional.empty());
    }

    /** {@link #build(BuildOptions)} after the watcher saw {@code changed} paths change (empty: not known). */
    public synchronized BuildReport build(BuildOptions options, Optional<Set<Path>> changed)
            throws BuildFailedException, IOException {
        memory.changed(changed);
        return SiteBuild.run(options.withMode(BuildMode.PREVIEW), memory, output);
    }
}
