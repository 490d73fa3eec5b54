package org.whichtherapist.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            problems.error("jbake.properties", 0, "the build wrote no home page (index.html)",
                    "check that render.index=true and template.masterindex.file are set");
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String where = "output " + ContentLoader.relative(site, file);
            if (name.endsWith(".html") || name.endsWith(".xml")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!mode.includesDrafts() && text.contains(DRAFT_MARK)) {
                    problems.error(where, 0, "a draft page was written to the published site",
                            "report this: drafts must never be published");
                }
                if (text.isBlank()) {
                    problems.error(where, 0, "this page came out empty", "check the template that writes it");
                } else if (name.endsWith(".html") && !text.strip().toLowerCase(Locale.ROOT).endsWith("</html>")) {
                    problems.error(where, 0, "this page stops before its end", "check the template that writes it");
                }
            }
        }
        return new Result(files.size(), problems);
    }
}
