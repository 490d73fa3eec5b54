package org.whichtherapist;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.whichtherapist.content.PageScaffold;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.CheckSources;
import org.whichtherapist.pipeline.ReadyToPublish;
import org.whichtherapist.pipeline.SiteBuild;
import org.whichtherapist.pipeline.WarningReport;
import org.whichtherapist.ledger.TargetFolders;
import org.whichtherapist.settings.SiteSettings;

/**
 * The command line: {@code build}, {@code new}, {@code ready} and {@code check-sources} ({@link #USAGE_TEXT}).
 * Problems are printed as {@code file:line: what is wrong — how to fix it}, then a line saying the command
 * stopped. Inside Maven a failure ends the JVM at once, so Maven's failure banner does not follow the list.
 */
public final class Main {
    static final int OK = 0;
    static final int BUILD_FAILED = 1;
    static final int USAGE = 2;
    /** Set by pom.xml when Maven runs this class in its own JVM. */
    static final String IN_MAVEN = "whichtherapist.inMaven";
    /** Adds the stack trace of an unexpected error, for developers. */
    static final String TRACE = "whichtherapist.trace";
    /** {@code -Dwhichtherapist.timings=true}, e.g. on {@code mvn package}: as {@code --timings}. */
    static final String TIMINGS = "whichtherapist.timings";

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK || !Boolean.getBoolean(IN_MAVEN)) {
            System.out.flush();
            System.err.flush();
            System.exit(code);
        }
    }

    /** The warnings as the owner reads them ({@link WarningReport}), every one written to target/warnings.txt. */
    private static List<String> warnings(Path project, List<Problem> warnings) {
        List<String> lines = new ArrayList<>(WarningReport.lines(warnings));
        try {
            WarningReport.write(project, warnings);
        } catch (IOException e) {
            lines.add("(the list of warnings could not be written to " + TargetFolders.WARNINGS + ": " + e.getMessage() + ")");
        }
        return lines;
    }

    private static final String USAGE_TEXT = "Usage: build [--source DIR] [--output DIR] [--preview] [--timings]"
            + " [--reading-levels]"
            + " | new --title TITLE [--type article] [--source DIR] | ready [--source DIR] | check-sources [--source DIR]";

    /** After a build for an example address: that a build for the real one would refuse placeholders, in one line. */
    private static void printNotReady(List<Problem> notReady, PrintStream out) {
        if (!notReady.isEmpty()) {
            out.println("Not ready to publish: " + notReady.size() + " placeholder" + (notReady.size() == 1 ? "" : "s")
                    + " left, which a build for the real site.host refuses (mvn -q compile exec:java@ready"
                    + " -Dsite.host=https://... lists them; README, \"Before the first publish\")");
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path source = Path.of(".");
        Path output = null;
        BuildMode mode = BuildMode.PUBLISH;
        String title = null;
        String type = "article";
        boolean timings = Boolean.getBoolean(TIMINGS);
        boolean readingLevels = false;
        String command = args.length > 0 ? args[0] : "build";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--title" -> title = args[++i];
                case "--type" -> type = args[++i];
                case "--preview" -> mode = BuildMode.PREVIEW;
                case "--timings" -> timings = true;
                case "--reading-levels" -> readingLevels = true;
                default -> {
                    err.println("Unknown option '" + args[i] + "'. " + USAGE_TEXT);
                    return USAGE;
                }
            }
        }
        try {
            switch (command) {
                case "build" -> {
                    Path target = output != null ? output
                            : mode == BuildMode.PREVIEW ? new TargetFolders(source).preview() : new TargetFolders(source).site();
                    BuildReport report = SiteBuild.run(new BuildOptions(source, target, mode, Clock.systemUTC()));
                    GitHubAnnotations.print(out, "warning", report.warnings());
                    warnings(source, report.warnings()).forEach(out::println);
                    printNotReady(report.notReady(), out);
                    out.println(report.summary());
                    if (timings) {
                        out.println("  stages: " + report.times().describe());
                        out.println("  precompressed copies: " + report.written().compression().describe());
                    }
                    if (readingLevels) {
                        out.print(report.readingLevels());
                    }
                }
                case "ready" -> {
                    List<Problem> notReady = ReadyToPublish.check(source);
                    if (!notReady.isEmpty()) {
                        throw new BuildFailedException(notReady, List.of());
                    }
                    out.println("Ready to publish: nothing made up is left for " + SiteSettings.read(source).address());
                }
                case "check-sources" -> {
                    if (!CheckSources.run(source, out, Clock.systemUTC())) {
                        err.println("Stopped: some sources need you to look at them (above). Fix their addresses in"
                                + " content/_data/sources.yml, then run the command again.");
                        return BUILD_FAILED;
                    }
                }
                case "new" -> {
                    String created = new PageScaffold(source).create(type, title, LocalDate.now(Clock.systemUTC()));
                    out.println("Created " + created + " as a draft. See it with mvn jetty:run; change 'status: draft'"
                            + " to 'status: published' when it is ready.");
                }
                default -> {
                    err.println("Unknown command '" + command + "'. " + USAGE_TEXT);
                    return USAGE;
                }
            }
            return OK;
        } catch (BuildFailedException e) {
            GitHubAnnotations.print(out, "error", e.problems());
            err.println(switch (command) {
                case "new" -> "Nothing was created. ";
                case "ready" -> "The site is not ready to publish. ";
                case "check-sources" -> "The sources were not checked. ";
                default -> "The site was not built. ";
            } + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " to fix"
                    + ("build".equals(command) ? " (the last good site is untouched):" : ":"));
            for (Problem problem : e.problems()) {
                err.println("  " + problem.format());
            }
            warnings(source, e.warnings()).forEach(line -> err.println("  " + line));
            err.println("new".equals(command) ? "Stopped: fix the problem above and run the command again."
                    : "Stopped: fix the problems above and run the command again.");
            return BUILD_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Stopped: the command was interrupted.");
            return BUILD_FAILED;
        } catch (IOException e) {
            err.println("The site was not built: a file could not be read or written (" + e.getMessage() + ").");
            err.println("Stopped: check that the file exists and that you may change it, then run the command again.");
            return BUILD_FAILED;
        } catch (RuntimeException e) {
            err.println("The command stopped because of a fault in the site generator, not in your files: " + e);
            if (Boolean.getBoolean(TRACE)) {
                e.printStackTrace(err);
            } else {
                err.println("Stopped: please report it; run again with -D" + TRACE + "=true to see where it happened.");
            }
            return BUILD_FAILED;
        }
    }
}
