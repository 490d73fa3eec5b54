package org.whichtherapist.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;

/** Rebuilds the preview site, one build at a time, and tells the open pages what happened. */
final class PreviewBuilder {
    private final BuildOptions options;
    private final ReloadBroadcaster browsers;
    private final PrintStream console;
    private final PreviewSite site = new PreviewSite();

    PreviewBuilder(Path project, Path output, ReloadBroadcaster browsers, PrintStream console) {
        this.options = new BuildOptions(project, output, BuildMode.PREVIEW, Clock.systemUTC());
        this.browsers = browsers;
        this.console = console;
    }

    /** Returns true when the site was rebuilt. */
    synchronized boolean rebuild() {
        try {
            BuildReport report = site.build(options);
            browsers.reload(report.warnings().stream().map(w -> "warning: " + w.format())
                    .collect(Collectors.joining("\n")), report.notReady().stream().map(p -> p.format())
                    .collect(Collectors.joining("\n"))); // first: the summary waits for the page weights
            report.warnings().forEach(w -> console.println("warning: " + w.format()));
            console.println("[preview] " + report.summary());
            return true;
        } catch (BuildFailedException e) {
            String problems = java.util.stream.Stream.concat(e.problems().stream().map(p -> p.format()),
                    e.warnings().stream().map(w -> "warning: " + w.format())).collect(Collectors.joining("\n"));
            console.println("[preview] The site was not rebuilt. Fix these and save again:\n" + problems.indent(2));
            browsers.problems(problems);
        } catch (IOException | RuntimeException e) {
            console.println("[preview] The site was not rebuilt: " + e);
            browsers.problems("The build stopped unexpectedly: " + e.getMessage());
        }
        return false;
    }
}
