package org.whichtherapist.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.WarningReport;
import org.whichtherapist.ledger.TargetFolders;

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

    /** The warnings as the bar and the console show them ({@link WarningReport}), every one written to its file. */
    private List<String> warnings(List<Problem> warnings) {
        try {
            WarningReport.write(options.projectFolder(), warnings);
        } catch (IOException e) {
            console.println("[preview] The list of warnings could not be written to " + TargetFolders.WARNINGS + ": "
                    + e.getMessage());
        }
        return WarningReport.lines(warnings);
    }

    /** Rebuilds after {@code changed} paths changed (empty: not known); returns true when the site was rebuilt. */
    synchronized boolean rebuild(Optional<Set<Path>> changed) {
        try {
            BuildReport report = site.build(options, changed);
            List<String> warnings = warnings(report.warnings());
            browsers.reload(String.join("\n", warnings), report.notReady().stream().map(p -> p.format())
                    .collect(Collectors.joining("\n"))); // first: the summary waits for the page weights
            warnings.forEach(console::println);
            console.println("[preview] " + report.summary());
            return true;
        } catch (BuildFailedException e) {
            String problems = java.util.stream.Stream.concat(e.problems().stream().map(p -> p.format()),
                    warnings(e.warnings()).stream()).collect(Collectors.joining("\n"));
            console.println("[preview] The site was not rebuilt. Fix these and save again:\n" + problems.indent(2));
            browsers.problems(problems);
        } catch (IOException | RuntimeException e) {
            console.println("[preview] The site was not rebuilt: " + e);
            browsers.problems("The build stopped unexpectedly: " + e.getMessage());
        }
        return false;
    }
}
