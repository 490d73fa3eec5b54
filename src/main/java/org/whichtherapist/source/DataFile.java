package org.whichtherapist.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.whichtherapist.core.Problems;

/** A file of records under {@code content/_data/}, each record with the line of each field for problems. */
public final class DataFile {
    /** A record's id: lower-case words joined by hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final FrontMatterParser PARSER = new FrontMatterParser();

    /** One record: its id, the line the id is on, its fields as written, and each field's line. */
    public record Entry(String id, int line, Map<String, Object> fields, Map<String, Integer> fieldLines) {
        public Optional<String> text(String field) {
            Object value = fields.get(field);
            return value == null || String.valueOf(value).isBlank() ? Optional.empty()
                    : Optional.of(String.valueOf(value).strip());
        }

        public int lineOf(String field) {
            return fieldLines.getOrDefault(field, line);
        }
    }

    private DataFile() {
    }

    /** The YAML of {@code file}; empty when it does not exist or cannot be read (a problem). */
    public static Optional<FrontMatter> parse(Path file, String path, Problems problems) throws IOException {
        return parse(file, path, problems, false);
    }

    /** Like {@link #parse(Path, String, Problems)}; {@code page}: read as a page is, front matter and text. */
    static Optional<FrontMatter> parse(Path file, String path, Problems problems, boolean page) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(page ? PARSER.parse(path, text) : PARSER.parseData(path, text));
        } catch (FrontMatterParser.HeaderException e) {
            problems.error(e.problem());
            return Optional.empty();
        }
    }

    /** The records of {@code file}, or none when it does not exist; a field not in {@code fields} is a warning. */
    public static List<Entry> read(Path file, String path, List<String> fields, Problems problems) throws IOException {
        FrontMatter data = parse(file, path, problems).orElse(null);
        if (data == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> record : data.values().entrySet()) {
            String id = record.getKey();
            int line = data.lineOf(id);
            if (!ID.matcher(id).matches()) {
                problems.error(path, line, "the id '" + id + "' has capitals, spaces or other characters",
                        "use lower-case letters, digits and hyphens, e.g. 'nhs-physiotherapy'");
            } else if (!(record.getValue() instanceof Map<?, ?> map)) {
                problems.error(path, line, "'" + id + "' has no fields",
                        "write its fields on the lines below it, indented, e.g. '  title: ...'");
            } else {
                Entry entry = entry(id, line, map, data.lines());
                entry.fields().keySet().stream().filter(f -> !fields.contains(f)).forEach(f -> problems.warn(path,
                        entry.lineOf(f), "'" + f + "' is not a field of " + id + ", so it is ignored",
                        ClosestId.hint(f, fields)));
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static Entry entry(String id, int line, Map<?, ?> map, Map<String, Integer> lines) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        Map<String, Integer> fieldLines = new java.util.HashMap<>();
        map.forEach((key, value) -> {
            fields.put(String.valueOf(key), value);
            fieldLines.put(String.valueOf(key), lines.getOrDefault(id + "." + key, line));
        });
        return new Entry(id, line, fields, fieldLines);
    }
}
