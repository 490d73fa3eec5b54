package org.whichtherapist.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * Who runs the site and how, {@code content/_data/site-owner.yml}: the owner fills it in, and the
 * disclosure pages (who runs the site, its editorial policy, accessibility and privacy) are built from
 * it. The shipped file is marked {@code placeholder: true}, so a build for a real address refuses it
 * ({@link PublishReadiness}).
 *
 * @param path    how the owner sees the file, e.g. {@code content/_data/site-owner.yml}
 * @param present whether the file is there
 * @param data    its fields and the line of each (nothing when it is missing or not valid YAML)
 */
public record SiteOwner(String path, boolean present, FrontMatter data) {
    /** Where the file is, below the content folder. */
    public static final String FILE = "_data/site-owner.yml";
    private static final FrontMatterParser PARSER = new FrontMatterParser();

    /** Reads the file under {@code contentFolder}; a file that is not YAML is a problem. */
    public static SiteOwner read(Path project, Path contentFolder, Problems problems) throws IOException {
        Path file = contentFolder.resolve(FILE);
        String path = ContentLoader.relative(project, file);
        FrontMatter none = new FrontMatter(Map.of(), Map.of(), "", 1);
        if (!Files.isRegularFile(file)) {
            return new SiteOwner(path, false, none);
        }
        try {
            return new SiteOwner(path, true, PARSER.parseData(path, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (FrontMatterParser.HeaderException e) {
            problems.error(e.problem());
            return new SiteOwner(path, true, none);
        }
    }

    /** Whether the file says it still holds made-up details ({@code placeholder: true}). */
    public boolean placeholder() {
        return Boolean.TRUE.equals(data.get("placeholder"));
    }

    /** A field's text, or empty. */
    public Optional<String> text(String field) {
        return data.has(field) ? data.text(field).filter(t -> !t.isBlank()) : Optional.empty();
    }

    public int lineOf(String field) {
        return data.lineOf(field);
    }
}
