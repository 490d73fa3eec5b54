package org.whichtherapist.health;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * Who runs the site and how, {@code content/_data/site-owner.yml}, for the {@link DisclosurePages}; templates
 * read it as {@code site.owner}. The shipped file says {@code placeholder: true}, which publishing refuses.
 *
 * @param data  its fields (nothing when it is missing or not valid YAML)
 * @param valid whether every field makes sense (the pages are built only then)
 */
public record SiteOwner(String path, boolean present, FrontMatter data, boolean valid) {
    /** Where the file is, below the content folder. */
    public static final String FILE = "_data/site-owner.yml";
    private static final List<String> TEXTS = List.of("name", "about", "funding", "conflicts");
    private static final List<String> WCAG = List.of("fully", "partially", "not");
    private static final List<String> FIELDS = List.of("placeholder", "name", "about", "funding", "conflicts",
            "reader_testing", "corrections_days", "wcag_status", "accessibility_tested", "accessibility_issues", "updated");

    /** Reads and checks the file under {@code contentFolder}; its mistakes go to {@code problems}. */
    public static SiteOwner read(Path project, Path contentFolder, Problems problems) throws IOException {
        Path file = contentFolder.resolve(FILE);
        String path = ContentLoader.relative(project, file);
        Optional<FrontMatter> data = DataFile.parse(file, path, problems);
        if (data.isEmpty()) {
            return new SiteOwner(path, Files.isRegularFile(file), new FrontMatter(Map.of(), Map.of(), "", 1), false);
        }
        Problems own = new Problems();
        check(path, data.get(), own);
        problems.addAll(own);
        return new SiteOwner(path, true, data.get(), !own.hasErrors());
    }

    private static void check(String path, FrontMatter data, Problems problems) {
        for (String field : TEXTS) {
            if (!(data.get(field) instanceof String text) || text.isBlank()) {
                problems.error(path, data.lineOf(field), "'" + field + "' is " + (data.has(field) ? "not text" : "missing"),
                        "write it as in docs/writing.md, \"Who runs the site\"");
            }
        }
        if (!(data.get("corrections_days") instanceof Long days) || days < 1 || days > 60) {
            problems.error(path, data.lineOf("corrections_days"), "'corrections_days' must be a number of working days"
                    + " from 1 to 60", "write e.g. corrections_days: 5");
        }
        if (!WCAG.contains(data.text("wcag_status").orElse(""))) {
            problems.error(path, data.lineOf("wcag_status"), "'wcag_status' must be fully, partially or not",
                    "write how far the site meets WCAG 2.2 AA, e.g. wcag_status: partially");
        }
        for (String field : List.of("accessibility_tested", "updated")) {
            if (data.text(field).flatMap(SourceDocument::parseWrittenDate).isEmpty()) {
                problems.error(path, data.lineOf(field), "'" + field + "' is not a date written as YYYY-MM-DD",
                        "write it like 2026-12-01");
            }
        }
        Object issues = data.get("accessibility_issues");
        if (issues != null && !(issues instanceof List<?>)) {
            problems.error(path, data.lineOf("accessibility_issues"), "'accessibility_issues' must be a list",
                    "write [] when you know of none, or one line each starting with '- '");
        }
        Object placeholder = data.get("placeholder");
        if (placeholder != null && !(placeholder instanceof Boolean)) {
            problems.error(path, data.lineOf("placeholder"), "'placeholder' must be true or false",
                    "delete the line once every field holds the real details");
        }
        data.values().keySet().stream().filter(key -> !FIELDS.contains(key)).forEach(key -> problems.warn(path,
                data.lineOf(key), "'" + key + "' is not a field of this file, so it is ignored",
                ClosestId.hint(key, FIELDS)));
    }

    /** Whether the file says it still holds made-up details ({@code placeholder: true}). */
    public boolean placeholder() {
        return Boolean.TRUE.equals(data.get("placeholder"));
    }

    /** A field's text, or empty. */
    public Optional<String> text(String field) {
        return data.text(field).filter(t -> !t.isBlank());
    }

    /** Every field as written, for templates ({@code site.owner.values.funding}). */
    public Map<String, Object> values() {
        return data.values();
    }

    /** What is known not to be accessible yet, one item each. */
    public List<String> issues() {
        return data.textList("accessibility_issues");
    }

    public int lineOf(String field) {
        return data.lineOf(field);
    }
}
