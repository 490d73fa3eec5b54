package org.whichtherapist;

import java.io.PrintStream;
import java.util.List;

import org.whichtherapist.core.Problem;

/**
 * On GitHub Actions, problems and warnings also as workflow commands ({@code ::error file=…,line=…::…}), which
 * GitHub lists on the run's summary page, where the failure e-mail leads. It shows ten of each kind per step.
 */
final class GitHubAnnotations {
    static final int SHOWN = 10;

    private GitHubAnnotations() {
    }

    /** In a GitHub Actions job, the first {@value #SHOWN} problems as {@code level} ({@code error}, {@code warning}). */
    static void print(PrintStream out, String level, List<Problem> problems) {
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            problems.stream().limit(SHOWN).forEach(problem -> out.println(command(level, problem)));
            out.flush();
        }
    }

    static String command(String level, Problem problem) {
        String line = problem.line() > 0 ? ",line=" + problem.line() : "";
        return "::" + level + " file=" + property(problem.file()) + line + "::" + data(problem.text());
    }

    /** GitHub's escaping of a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
