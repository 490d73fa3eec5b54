package org.whichtherapist.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.whichtherapist.content.ContentLoader;

/**
 * Looks at the baked site before it replaces the old one: no empty page, no page cut short,
 * no draft in a published site, and the home page is there.
 */
public final class OutputCheck {

    public record Result(int files, Problems problems) {
    }

    /** The mark the templates put on a draft page; a published site must not contain it. */
    static final String DRAFT_MARK = "class=\"draft-banner\"";

    public Result check(Path site, BuildMode mode) throws IOException {
        Problems problems = new Problems();
        List<Path> files = SiteFiles.all(site);
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            problems.error("jbake.properties", 0, "the build wrote no home page (index.html)",
                    "check that render.index=true and template.masterindex.file are set");
        }
        // Files are read in parallel; problems are reported in file order.
        List<Problems> perFile = files.parallelStream().map(file -> check(site, file, mode)).toList();
        perFile.forEach(problems::addAll);
        return new Result(files.size(), problems);
    }

    private static Problems check(Path site, Path file, BuildMode mode) {
        Problems problems = new Problems();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".xml")) {
            return problems;
        }
        String where = "output " + ContentLoader.relative(site, file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(where, 0, "this page cannot be read back (" + e.getMessage() + ")",
                    "check the disk has space and the folder is writable");
            return problems;
        }
        if (!mode.includesDrafts() && text.contains(DRAFT_MARK)) {
            problems.error(where, 0, "a draft page was written to the published site",
                    "report this: drafts must never be published");
        }
        if (text.isBlank()) {
            problems.error(where, 0, "this page came out empty", "check the template that writes it");
        } else if (name.endsWith(".html") && !endsWithHtmlClose(text)) {
            problems.error(where, 0, "this page stops before its end", "check the template that writes it");
        }
        return problems;
    }

    /** Same as {@code text.strip().toLowerCase().endsWith("</html>")}, without copying the page. */
    private static boolean endsWithHtmlClose(String text) {
        String end = text.strip();
        String close = "</html>";
        return end.regionMatches(true, end.length() - close.length(), close, 0, close.length());
    }
}
