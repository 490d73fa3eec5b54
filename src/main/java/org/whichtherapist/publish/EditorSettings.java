package org.whichtherapist.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;

/**
 * The settings of the editor at admin/: on or off, the GitHub repository and branch it commits to, and where
 * its script loads from when not unpkg (the integrity hash still pins the bytes).
 */
public record EditorSettings(boolean enabled, Optional<String> repo, String branch, String script) {
    public static final String ENABLED = "site.admin";
    public static final String REPO = "site.admin.repo";
    public static final String BRANCH = "site.admin.branch";
    public static final String SCRIPT = "site.admin.script";
    private static final String REPO_FORM = "[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+";
    private static final String BRANCH_FORM = "[A-Za-z0-9._/-]+";

    public static EditorSettings read(SiteSettings settings) {
        return new EditorSettings(!"false".equalsIgnoreCase(settings.text(ENABLED).orElse("true")),
                settings.text(REPO).filter(r -> !r.isBlank()),
                settings.text(BRANCH).filter(b -> !b.isBlank()).orElse("main"),
                settings.text(SCRIPT).filter(s -> !s.isBlank()).orElse(EditorRelease.pinned().cdnAddress()));
    }

    /** Each setting that cannot work, at its line of jbake.properties. */
    public static Problems check(SiteSettings settings) {
        Problems problems = new Problems();
        settings.text(ENABLED).filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
                .ifPresent(v -> problems.error(settings.problem(ENABLED, ENABLED + " is '" + v + "'",
                        "write " + ENABLED + "=true (the editor at admin/) or " + ENABLED + "=false (no editor)")));
        settings.text(REPO).filter(v -> !v.isBlank() && !v.matches(REPO_FORM))
                .ifPresent(v -> problems.error(settings.problem(REPO, REPO + " is '" + v
                        + "', which is not a GitHub repository", "write it as owner/name, e.g. " + REPO
                        + "=jo-example/which-therapist")));
        settings.text(BRANCH).filter(v -> !v.isBlank() && !v.matches(BRANCH_FORM))
                .ifPresent(v -> problems.error(settings.problem(BRANCH, BRANCH + " is '" + v
                        + "', which is not a branch name", "write the branch the site is built from, e.g. main")));
        settings.text(SCRIPT).filter(v -> !v.isBlank() && !isScriptAddress(v))
                .ifPresent(v -> problems.error(settings.problem(SCRIPT, SCRIPT + " is '" + v
                        + "', which is neither an https address nor a path", "remove the line to load the editor from"
                        + " unpkg, or give the https address of the same release")));
        return problems;
    }

    /** The origin the script comes from, for the Content Security Policy: empty for the site's own. */
    public Optional<String> scriptOrigin() {
        URI uri = URI.create(script);
        return uri.isAbsolute() ? Optional.of(uri.getScheme() + "://" + uri.getAuthority()) : Optional.empty();
    }

    private static boolean isScriptAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() ? "https".equals(uri.getScheme()) && uri.getHost() != null
                    : uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !value.startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
