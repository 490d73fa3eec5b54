package org.whichtherapist.health;

import org.whichtherapist.core.DisplayDate;
import org.whichtherapist.schema.Field;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * The site's references, {@code content/_data/sources.yml}; a record with a problem is reported and left out.
 *
 * @param path     how the owner sees the file, e.g. {@code content/_data/sources.yml}
 * @param lines    the line of every id written in the file, even one whose record has a problem, in its order
 * @param accessed each record's {@code accessed} date and its line, for records that have one
 */
public record SourceRecords(String path, Map<String, SourceRecord> byId, Map<String, Integer> lines,
                            Map<String, Map.Entry<LocalDate, Integer>> accessed) {
    /** Where the records are, below the content folder. */
    public static final String FILE = "_data/sources.yml";
    /** Each source's fields, in the editor's order; {@link #read} checks that one of the dates is there. */
    public static final List<Field> FIELDS = List.of(Field.required("title", Field.Kind.TEXT),
            Field.required("publisher", Field.Kind.TEXT), Field.required("url", Field.Kind.TEXT),
            Field.optional("accessed", Field.Kind.DATE), Field.optional("published", Field.Kind.DATE));
    private static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();

    /** Reads {@code content/_data/sources.yml}; {@code path} is how the owner sees it. */
    public static SourceRecords read(Path file, String path, Problems problems) throws IOException {
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Map.Entry<LocalDate, Integer>> accessed = new LinkedHashMap<>();
        for (DataFile.Entry entry : DataFile.read(file, path, NAMES, problems)) {
            Problems own = new Problems();
            SourceRecord record = record(entry, path, own);
            problems.addAll(own);
            lines.put(entry.id(), entry.line());
            if (!own.hasErrors()) {
                byId.put(entry.id(), record);
                entry.text("accessed").flatMap(SourceDocument::parseDate).ifPresent(date -> accessed.put(
                        entry.id(), Map.entry(date, entry.lineOf("accessed"))));
            }
        }
        return new SourceRecords(path, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(lines),
                Collections.unmodifiableMap(accessed));
    }

    private static SourceRecord record(DataFile.Entry entry, String path, Problems problems) {
        String id = entry.id();
        for (String field : List.of("title", "publisher")) {
            if (entry.text(field).isEmpty()) {
                problems.error(path, entry.line(), "the source '" + id + "' has no " + field,
                        "add '" + field + ": ...' below '" + id + ":' (the " + field + " as the page itself shows it)");
            }
        }
        String url = entry.text("url").orElse("");
        if (!isWebAddress(url)) {
            problems.error(path, entry.lineOf("url"), "the source '" + id + "' has " + (url.isEmpty() ? "no address"
                            : "the address '" + url + "', which is not a full https:// address"),
                    "copy the page's address from the browser, starting with https://");
        }
        LocalDate accessed = date(entry, "accessed", path, problems);
        LocalDate published = date(entry, "published", path, problems);
        if (!entry.fields().containsKey("accessed") && !entry.fields().containsKey("published")) {
            problems.error(path, entry.line(), "the source '" + id + "' has no date",
                    "add 'accessed: YYYY-MM-DD' (the day you read it) or 'published: YYYY-MM-DD'");
        }
        return new SourceRecord(id, entry.text("title").orElse(""), entry.text("publisher").orElse(""), url,
                SourceRecord.dateText(accessed, published));
    }

    private static LocalDate date(DataFile.Entry entry, String field, String path, Problems problems) {
        if (!entry.fields().containsKey(field)) {
            return null;
        }
        String text = entry.text(field).orElse("");
        Optional<LocalDate> date = SourceDocument.parseWrittenDate(text);
        if (date.isEmpty()) {
            problems.error(path, entry.lineOf(field), "'" + field + "' of '" + entry.id() + "' is '" + text
                    + "', which is not a date written as YYYY-MM-DD", "write it like 2026-03-31");
        }
        return date.orElse(null);
    }

    /** An https address with a host and nothing a browser would refuse. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A warning for each source read more than {@code months} ago: it may have changed since. */
    public Problems checkAges(LocalDate today, int months) {
        Problems problems = new Problems();
        accessed.forEach((id, read) -> {
            if (read.getKey().plusMonths(months).isBefore(today)) {
                problems.warn(path, read.getValue(), "the source '" + id + "' was read on " + new DisplayDate(read.getKey()).display()
                                + ", more than " + months + " months ago (" + HealthSettings.MAX_SOURCE_AGE + ")",
                        "open it, check it still says what the pages cite it for, then set 'accessed:' to the day you did");
            }
        });
        return problems;
    }

    public Optional<SourceRecord> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether the file has a record with this id, even one with a problem. */
    public boolean isWritten(String id) {
        return lines.containsKey(id);
    }

    /** The line of a record's id. */
    public int lineOf(String id) {
        return lines.getOrDefault(id, 0);
    }

    /** Every id written in the file, in its order. */
    public List<String> ids() {
        return List.copyOf(lines.keySet());
    }
}
