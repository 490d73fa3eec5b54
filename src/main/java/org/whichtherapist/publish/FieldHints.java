package org.whichtherapist.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whichtherapist.source.ContentType;

/**
 * What to write in each field, read from the last column of the owner's guide's field tables (the one place
 * they are written), for the editor to show. A heading naming {@code `type: article`} starts a type's table.
 *
 * @param sections section key, then field name, then hint
 */
public record FieldHints(Map<String, Map<String, String>> sections) {
    private static final String GUIDE = "docs/writing.md";
    private static final String COMMON = "fields every page has";
    private static final Pattern HEADING = Pattern.compile("#{2,4}\\s+(.*)");
    private static final Pattern TYPE = Pattern.compile("`type: ([a-z]+)`");
    private static final Pattern ROW = Pattern.compile("\\|\\s*`([a-z_]+)`\\s*\\|(.*)\\|\\s*");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");

    /** The hints of the guide in {@code project}; none when it is not there. */
    public static FieldHints read(Path project) throws IOException {
        Path guide = project.resolve(GUIDE);
        Map<String, Map<String, String>> sections = new HashMap<>();
        String section = "";
        List<String> lines = Files.isRegularFile(guide) ? Files.readAllLines(guide, StandardCharsets.UTF_8) : List.of();
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                section = key(heading.group(1));
            } else if (row.matches()) {
                String[] cells = row.group(2).split("\\|");
                sections.computeIfAbsent(section, k -> new HashMap<>())
                        .putIfAbsent(row.group(1), plain(cells[cells.length - 1]));
            }
        }
        return new FieldHints(sections);
    }

    /** The hint for a field of pages of {@code type}: its own section's, else that of every page's. */
    public Optional<String> forPage(ContentType type, String field) {
        return Optional.ofNullable(sections.getOrDefault("type:" + type.id(), Map.of()).get(field))
                .or(() -> Optional.ofNullable(sections.getOrDefault(COMMON, Map.of()).get(field)));
    }

    /** The hint for a field in the section headed {@code heading}, e.g. "Sources". */
    public Optional<String> inSection(String heading, String field) {
        return Optional.ofNullable(sections.getOrDefault(key(heading), Map.of()).get(field));
    }

    private static String key(String heading) {
        Matcher type = TYPE.matcher(heading);
        return type.find() ? "type:" + type.group(1) : heading.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The cell as plain words: links as their text, no code marks (the editor shows hints as text). */
    private static String plain(String cell) {
        return LINK.matcher(cell.strip()).replaceAll("$1").replace("`", "");
    }
}
