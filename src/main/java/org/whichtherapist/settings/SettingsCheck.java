package org.whichtherapist.settings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.core.Problems;

/**
 * jbake.properties and the {@code -Dsite.*} settings checked before JBake reads them, each problem at its
 * line: JBake would otherwise stop with an error of its own or quietly use its default.
 */
final class SettingsCheck {
    /** How close a misspelled name must be to a known one to be taken for it. */
    private static final int TYPO = Setting.TYPO;
    /** A site.* setting of the templates' own may well be near a known name: only nearer than this is suspect. */
    private static final int SITE_TYPO = 2;

    private SettingsCheck() {
    }

    static Problems check(SettingsFile file, Map<String, String> commandLine, Path project) {
        Problems problems = new Problems();
        Map<String, Integer> firstLine = new HashMap<>();
        Path templates = project.resolve(file.entries().stream().filter(e -> e.key().equals("template.folder"))
                .map(SettingsFile.Entry::value).findFirst().orElse("templates"));
        Set<String> missing = new HashSet<>();
        KnownSettings.all().stream().filter(Setting::required).map(Setting::key)
                .filter(key -> file.lineOf(key) == 0 && !commandLine.containsKey(key)).forEach(missing::add);
        for (SettingsFile.Entry entry : file.entries()) {
            Integer earlier = firstLine.putIfAbsent(entry.key(), entry.line());
            if (earlier != null) {
                problems.error(SiteSettings.FILE, entry.line(), "'" + entry.key() + "' is set twice, on line " + earlier
                        + " and on this line", "keep one of the two lines and delete the other");
            } else if (!entry.separated()) {
                problems.error(SiteSettings.FILE, entry.line(), "this line is not a setting: there is no '=' in it",
                        "write it as name=value" + nearest(entry.key(), TYPO).map(k -> " (did you mean " + k + "=...?)").orElse("")
                                + ", or start the line with # to make it a note");
            } else if (KnownSettings.find(entry.key()).isPresent()) {
                checkValue(entry, project, templates, problems);
            } else {
                nearest(entry.key(), TYPO).filter(missing::remove).ifPresentOrElse(meant -> problems.error(SiteSettings.FILE,
                        entry.line(), "'" + entry.key() + "' is not a setting; did you mean '" + meant + "'? The site"
                                + " needs it", "correct the name: " + meant + "=" + entry.value()),
                        () -> checkUnknown(entry, problems));
            }
        }
        commandLine.forEach((key, value) -> KnownSettings.find(key).map(s -> s.refusal(value, project, templates))
                .ifPresent(refusal -> problems.error("the command line (-D" + key + "=...)", 0, refusal,
                        "give it as " + KnownSettings.find(key).orElseThrow().accepts())));
        for (Setting setting : KnownSettings.all()) {
            if (missing.contains(setting.key())) {
                problems.error(SiteSettings.FILE, 0, "'" + setting.key() + "' is not set, and the site needs it",
                        "add a line " + setting.key() + "=" + setting.example());
            }
        }
        return problems;
    }

    private static void checkValue(SettingsFile.Entry entry, Path project, Path templates, Problems problems) {
        Setting setting = KnownSettings.find(entry.key()).orElseThrow();
        if (entry.value().startsWith("=") || entry.value().startsWith(":")) {
            String value = entry.value().substring(1).strip();
            problems.error(SiteSettings.FILE, entry.line(), "'" + entry.key() + "' is '" + entry.value() + "': the line"
                    + " has one '=' or ':' too many", "write it as " + entry.key() + "=" + value);
            return;
        }
        String refusal = setting.refusal(entry.value(), project, templates);
        if (refusal != null) {
            problems.error(SiteSettings.FILE, entry.line(), refusal, setting.fix(entry.value(), project, templates));
        }
    }

    /** A name that is no setting: a misspelling of one (a site.* name only when very near), or a line that does nothing. */
    private static void checkUnknown(SettingsFile.Entry entry, Problems problems) {
        if (entry.key().startsWith(SiteSettings.PREFIX)) {
            // templates may read any site.* setting: only one a letter or two from a known name is suspect
            nearest(entry.key(), SITE_TYPO).ifPresent(k -> problems.warn(SiteSettings.FILE, entry.line(), "'"
                    + entry.key() + "' is not a setting the build reads; did you mean '" + k + "'?", "correct the name"));
            return;
        }
        nearest(entry.key(), TYPO).ifPresentOrElse(meant -> problems.error(SiteSettings.FILE, entry.line(), "'"
                        + entry.key() + "' is not a setting; did you mean '" + meant + "'?", "correct the name, e.g. "
                        + meant + "=" + entry.value()),
                () -> problems.warn(SiteSettings.FILE, entry.line(), "'" + entry.key() + "' is not a setting JBake or the"
                        + " build reads, so it does nothing", "check its name, or delete the line"));
    }

    /** The known setting at most {@code edits} letters from {@code key}. */
    private static Optional<String> nearest(String key, int edits) {
        return Setting.nearest(key, KnownSettings.all().stream().map(Setting::key).toList(), edits);
    }
}
