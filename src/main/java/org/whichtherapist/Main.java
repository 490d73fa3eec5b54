package org.whichtherapist;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.whichtherapist.build.BuildFailedException;
import org.whichtherapist.build.BuildMode;
import org.whichtherapist.build.BuildOptions;
import org.whichtherapist.build.BuildReport;
import org.whichtherapist.build.Problem;
import org.whichtherapist.build.SiteBuild;

/**
 * Command line: {@code build [--source DIR] [--output DIR] [--preview]}.
 * Prints problems as {@code file:line: what is wrong — how to fix it} and exits non-zero.
 */
public final class Main {
    static final int OK = 0;
    static final int BUILD_FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path source = Path.of(".");
        Path output = null;
        BuildMode mode = BuildMode.PUBLISH;
        String command = args.length > 0 ? args[0] : "build";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--preview" -> mode = BuildMode.PREVIEW;
                default -> {
                    err.println("Unknown option '" + args[i] + "'. Usage: build [--source DIR] [--output DIR] [--preview]");
                    return USAGE;
                }
            }
        }
        if (!command.equals("build")) {
            err.println("Unknown command '" + command + "'. Usage: build [--source DIR] [--output DIR] [--preview]");
            return USAGE;
        }
        if (output == null) {
            output = source.resolve("target").resolve(mode == BuildMode.PREVIEW ? "preview" : "site");
        }
        try {
            BuildReport report = new SiteBuild().run(new BuildOptions(source, output, mode, java.time.Clock.systemUTC()));
            report.warnings().forEach(w -> out.println("warning: " + w.format()));
            out.println(report.summary());
            return OK;
        } catch (BuildFailedException e) {
            err.println("The site was not built. " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + " to fix (the last good site is untouched):");
            for (Problem problem : e.problems()) {
                err.println("  " + problem.format());
            }
            e.warnings().forEach(w -> err.println("  warning: " + w.format()));
            return BUILD_FAILED;
        } catch (IOException e) {
            err.println("The site was not built: a file could not be read or written (" + e.getMessage() + ").");
            return BUILD_FAILED;
        }
    }
}
