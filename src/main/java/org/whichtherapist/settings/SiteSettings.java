package org.whichtherapist.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * The owner's {@code site.*} settings from jbake.properties, read as plain text. JBake's own
 * loader splits every value at commas ("a, b" becomes a list), which would garble sentences;
 * these values go in front of JBake's so templates see them whole. A system property with the
 * same name ({@code -Dsite.host=...}) overrides the file.
 */
public final class SiteSettings {
    public static final String PREFIX = "site.";
    /** Where the site is published, ending in '/': absolute links (feed, sitemap, canonical) start with it. */
    public static final String ADDRESS = "site.host";

    /** The settings file, as shown to the owner in problems. */
    public static final String FILE = "jbake.properties";

    private final Map<String, Object> values;
    private final List<String> lines;

    private SiteSettings(Map<String, Object> values, List<String> lines) {
        this.values = values;
        this.lines = lines;
    }

    public static SiteSettings read(Path propertiesFile) throws IOException {
        Map<String, Object> values = new TreeMap<>();
        List<String> lines = List.of();
        if (Files.isRegularFile(propertiesFile)) {
            lines = Files.readAllLines(propertiesFile, StandardCharsets.ISO_8859_1);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                    .forEach(k -> values.put(k, properties.getProperty(k).strip()));
        }
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> values.put(k, System.getProperty(k).strip()));
        return new SiteSettings(values, lines);
    }

    /** The line of jbake.properties that sets {@code key}, or 0 when none does. */
    public int lineOf(String key) {
        return lineOf(key, lines);
    }

    /** The line of {@code lines} (a properties file) that sets {@code key}, or 0 when none does. */
    public static int lineOf(String key, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The site's address must be a full http(s) address ending in '/', sub-path allowed. */
    public static org.whichtherapist.core.Problems checkAddress(String address) {
        org.whichtherapist.core.Problems problems = new org.whichtherapist.core.Problems();
        boolean valid;
        try {
            java.net.URI uri = new java.net.URI(address);
            valid = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && address.endsWith("/") && uri.getQuery() == null && uri.getFragment() == null;
        } catch (java.net.URISyntaxException e) {
            valid = false;
        }
        if (!valid) {
            problems.error("jbake.properties", 0, "site.host is '" + address + "', which is not a full web address"
                    + " ending in '/'", "write it like https://www.example.com/ or https://example.github.io/which-therapist/");
        }
        return problems;
    }

    public java.util.Optional<String> text(String key) {
        return java.util.Optional.ofNullable(values.get(key)).map(String::valueOf);
    }

    /** Whether a yes/no setting is set to {@code true}. */
    public boolean isTrue(String key) {
        return "true".equalsIgnoreCase(String.valueOf(values.get(key)));
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /** Puts these settings first in JBake's configuration, unsplit. */
    public void applyTo(DefaultJBakeConfiguration config) {
        MapConfiguration settings = new MapConfiguration(new TreeMap<>(values));
        settings.setListDelimiterHandler(DisabledListDelimiterHandler.INSTANCE);
        CompositeConfiguration composite = config.getCompositeConfiguration();
        composite.addConfigurationFirst(settings);
    }
}
