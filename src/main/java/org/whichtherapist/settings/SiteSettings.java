package org.whichtherapist.settings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.whichtherapist.core.Placeholders;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;

/**
 * The project's settings file, jbake.properties, read once per build (as UTF-8) and nowhere else;
 * each setting the build itself uses has a typed accessor here, and a problem with one names its
 * line. The owner's {@code site.*} settings are kept whole: JBake's own loader splits every value
 * at commas ("a, b" becomes a list), which would garble sentences, so these values go to JBake
 * in front of its own (render.jbake). A system property with the same name
 * ({@code -Dsite.host=...}) overrides the file.
 */
public final class SiteSettings {
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

    private final boolean present;
    private final Map<String, String> site;
    private final List<String> lines;

    private SiteSettings(boolean present, Map<String, String> site, List<String> lines) {
        this.present = present;
        this.site = site;
        this.lines = lines;
    }

    /** Reads {@code jbake.properties} in the project folder (a missing file reads as no settings). */
    public static SiteSettings read(Path projectFolder) throws IOException {
        Path file = projectFolder.resolve(FILE);
        boolean present = Files.isRegularFile(file);
        String text = present ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> site = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> site.put(k, properties.getProperty(k).strip()));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> site.put(k, System.getProperty(k).strip()));
        return new SiteSettings(present, Map.copyOf(site), text.lines().toList());
    }

    /** Whether the project has a settings file at all. */
    public boolean present() {
        return present;
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(site.get(key));
    }

    /** Whether a yes/no setting is set to {@code true}. */
    public boolean isTrue(String key) {
        return "true".equalsIgnoreCase(site.get(key));
    }

    /** Every {@code site.*} setting, whole. */
    public Map<String, String> values() {
        return site;
    }

    /** The site's address (empty if unset); {@link #check()} says whether it is usable. */
    public String address() {
        return site.getOrDefault(ADDRESS, "");
    }

    /**
     * Whether the site is built for a real address: not example.com, example.org, a .test name or this
     * computer ({@link Placeholders}). Only such a build refuses what is not ready to publish.
     */
    public boolean isRealAddress() {
        return !Placeholders.isExampleAddress(address());
    }

    /** How long a build may run; an unusable value is reported by {@link #check()} and reads as the default. */
    public Duration buildTimeLimit() {
        String text = site.get(BUILD_TIME_LIMIT);
        return text != null && text.matches("[1-9][0-9]{0,6}") ? Duration.ofSeconds(Long.parseLong(text)) : DEFAULT_TIME_LIMIT;
    }

    /**
     * A whole-number setting from {@code least} to {@code most}, or {@code fallback} when it is not set; a
     * value outside that is a problem at its line (and reads as {@code fallback}).
     */
    public int wholeNumber(String key, int least, int most, int fallback, Problems problems) {
        String text = site.getOrDefault(key, String.valueOf(fallback));
        if (text.matches("\\d{1,6}") && Integer.parseInt(text) >= least && Integer.parseInt(text) <= most) {
            return Integer.parseInt(text);
        }
        problems.error(problem(key, "'" + key + "' is '" + text + "', which is not a whole number from " + least + " to "
                + most, "write e.g. " + key + "=" + fallback));
        return fallback;
    }

    /** The line of the file that sets {@code key}, or 0. */
    public int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A problem with the setting {@code key}, at its line. */
    public Problem problem(String key, String message, String fix) {
        return Problem.at(FILE, lineOf(key), message, fix);
    }

    /** The settings the build relies on, checked: the file exists, the address is full, the time limit a number. */
    public Problems check() {
        Problems problems = new Problems();
        if (!present) {
            problems.error(FILE, 0, "the site settings file is missing",
                    "restore jbake.properties from git: git checkout -- jbake.properties");
            return problems;
        }
        if (!isSiteAddress(address())) {
            problems.error(problem(ADDRESS, "site.host is '" + address() + "', which is not a full web address ending in '/'",
                    "write it like https://www.example.com/ or https://example.github.io/which-therapist/"));
        }
        String limit = site.get(BUILD_TIME_LIMIT);
        if (limit != null && !limit.matches("[1-9][0-9]{0,6}")) {
            problems.error(problem(BUILD_TIME_LIMIT, "'" + BUILD_TIME_LIMIT + "' is '" + limit
                    + "', which is not a number of seconds", "write a whole number of seconds, e.g. "
                    + BUILD_TIME_LIMIT + "=300"));
        }
        return problems;
    }

    /** A full http(s) address ending in '/', sub-path allowed. */
    private static boolean isSiteAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && address.endsWith("/") && uri.getQuery() == null && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
