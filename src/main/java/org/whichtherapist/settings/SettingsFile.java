package org.whichtherapist.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * jbake.properties read line by line as Java's {@link Properties} (and JBake) read it, each setting with its
 * line, so a setting written twice, or a line that is no setting, can be reported there.
 */
record SettingsFile(List<Entry> entries) {

    /** One setting as written; {@code separated}: whether the name was followed by {@code =}, {@code :} or a space. */
    record Entry(String key, String value, int line, boolean separated) {
    }

    static SettingsFile parse(String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (continues(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            String stripped = lines[first].strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                entries.add(new Entry(stripped, "", first + 1, false));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                entries.add(new Entry(key, one.getProperty(key).strip(), first + 1, separated(stripped)));
            }
        }
        return new SettingsFile(List.copyOf(entries));
    }

    /** A line that ends in an odd number of backslashes goes on on the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Whether the name on this line is followed by '=', ':' or a space (not just the end of the line). */
    private static boolean separated(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** The first line that sets {@code key}, or 0. */
    int lineOf(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).mapToInt(Entry::line).findFirst().orElse(0);
    }
}
