package org.whichtherapist.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.whichtherapist.core.Placeholders;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

/**
 * jbake.properties, read once per build as UTF-8, with {@code -Dsite.*} overriding it. The {@code site.*}
 * values are kept whole and handed to JBake in front of its own: JBake's loader splits values at commas.
 *
 * @param present whether the project has a settings file at all
 * @param values  every {@code site.*} setting, whole
 */
public record SiteSettings(boolean present, Map<String, String> values, SettingsFile file,
                           Map<String, String> commandLine, Path project) {
    public static final String FILE = "jbake.properties";
    public static final String PREFIX = "site.";
    /** Where the site is published, ending in '/': absolute links (feed, sitemap, canonical) start with it. */
    public static final String ADDRESS = "site.host";
    /** {@code site.precompress=true} writes .gz and .br copies beside the text files (off when not set). */
    public static final String PRECOMPRESS = "site.precompress";
    /** {@code site.trusted_html=true} lets raw HTML in Markdown hold scripts, frames, styles and handlers. */
    public static final String TRUSTED_HTML = "site.trusted_html";
    /** Stop a build that runs longer than this many seconds. */
    public static final String BUILD_TIME_LIMIT = "site.build_time_limit";
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);

    /** Reads {@code jbake.properties} in the project folder (a missing file reads as no settings). */
    public static SiteSettings read(Path projectFolder) throws IOException {
        Path path = projectFolder.resolve(FILE);
        boolean present = Files.isRegularFile(path);
        SettingsFile file = SettingsFile.parse(present ? Files.readString(path, StandardCharsets.UTF_8) : "");
        Map<String, String> site = new TreeMap<>();
        file.entries().stream().filter(e -> e.key().startsWith(PREFIX)).forEach(e -> site.put(e.key(), e.value()));
        Map<String, String> commandLine = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> commandLine.put(k, System.getProperty(k).strip()));
        site.putAll(commandLine);
        return new SiteSettings(present, Map.copyOf(site), file, Map.copyOf(commandLine), projectFolder);
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Whether a yes/no setting is set to {@code true}. */
    public boolean isTrue(String key) {
        return "true".equalsIgnoreCase(values.get(key));
    }

    /** The site's address (empty if unset); {@link #check()} says whether it is usable. */
    public String address() {
        return values.getOrDefault(ADDRESS, "");
    }

    /** Whether the site is built for a real address ({@link Placeholders}): only then is a placeholder refused. */
    public boolean isRealAddress() {
        return !Placeholders.isExampleAddress(address());
    }

    /** How long a build may run; an unusable value is reported by {@link #check()} and reads as the default. */
    public Duration buildTimeLimit() {
        String text = values.get(BUILD_TIME_LIMIT);
        return text != null && text.matches("[1-9][0-9]{0,6}") ? Duration.ofSeconds(Long.parseLong(text)) : DEFAULT_TIME_LIMIT;
    }

    /** A whole-number setting from {@code least} to {@code most}, else {@code fallback} (a problem when set). */
    public int wholeNumber(String key, int least, int most, int fallback, Problems problems) {
        String text = values.getOrDefault(key, String.valueOf(fallback));
        if (text.matches("\\d{1,6}") && Integer.parseInt(text) >= least && Integer.parseInt(text) <= most) {
            return Integer.parseInt(text);
        }
        problems.error(problem(key, "'" + key + "' is '" + text + "', which is not a whole number from " + least + " to "
                + most, "write e.g. " + key + "=" + fallback));
        return fallback;
    }

    /** A whole-number setting, if it is set to one ({@link #check()} refuses any other value). */
    public OptionalInt wholeNumber(String key) {
        String text = values.get(key);
        return text != null && text.matches("[0-9]{1,9}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    /** The line of the file that sets {@code key}, or 0. */
    public int lineOf(String key) {
        return file.lineOf(key);
    }

    /** A problem with the setting {@code key}, at its line. */
    public Problem problem(String key, String message, String fix) {
        return Problem.at(FILE, lineOf(key), message, fix);
    }

    /** Every setting JBake or the build reads, checked before JBake sees it ({@link SettingsCheck}). */
    public Problems check() {
        if (!present) {
            Problems problems = new Problems();
            problems.error(FILE, 0, "the site settings file is missing",
                    "restore jbake.properties from git: git checkout -- jbake.properties");
            return problems;
        }
        return SettingsCheck.check(file, commandLine, project);
    }
}
