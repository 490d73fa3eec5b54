package org.whichtherapist.check;

import java.util.Locale;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problems;

/** The baked site before it replaces the old one: a home page, no empty or cut-short page, no published draft. */
public final class OutputCheck {
    /** The mark the templates put on a draft page; a published site must not contain it. */
    static final String DRAFT_MARK = "class=\"draft-banner\"";

    /** What this check needs from one HTML or XML file; {@code complete}: ends with {@code </html>} (or is XML). */
    public record Shape(boolean blank, boolean complete, boolean draft) implements java.io.Serializable {
        static final Shape NONE = new Shape(false, true, false);

        /** Read as ISO-8859-1: the marks are ASCII, and such text is much quicker to search than decoded UTF-8. */
        static Shape of(String name, byte[] utf8) {
            String bytes = new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1);
            return new Shape(bytes.isBlank(), !name.toLowerCase(Locale.ROOT).endsWith(".html")
                    || endsWithHtmlClose(bytes), bytes.contains(DRAFT_MARK));
        }

        /** Whether the check looks at a file with this name, and so whether it is read at all: HTML and XML files. */
        static boolean isChecked(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".html") || lower.endsWith(".xml");
        }
    }

    public Problems check(BuiltPages site, BuildMode mode) {
        Problems problems = new Problems();
        if (!site.contains("index.html")) {
            problems.error("jbake.properties", 0, "the build wrote no home page (index.html)",
                    "check that render.index=true and template.masterindex.file are set");
        }
        for (String file : site.files()) {
            if (Shape.isChecked(file)) {
                check(file, site.scan(file), mode, problems);
            }
        }
        return problems;
    }

    private static void check(String file, PageScan scan, BuildMode mode, Problems problems) {
        String where = "output " + file;
        if (scan.unreadable() != null) {
            problems.error(where, 0, "this page cannot be read back (" + scan.unreadable() + ")",
                    "check the disk has space and the folder is writable");
            return;
        }
        Shape shape = scan.shape();
        if (!mode.includesDrafts() && shape.draft()) {
            problems.error(where, 0, "a draft page was written to the published site",
                    "report this: drafts must never be published");
        }
        if (shape.blank()) {
            problems.error(where, 0, "this page came out empty", "check the template that writes it");
        } else if (!shape.complete()) {
            problems.error(where, 0, "this page stops before its end", "check the template that writes it");
        }
    }

    /** Same as {@code text.strip().toLowerCase().endsWith("</html>")}, without copying the page. */
    private static boolean endsWithHtmlClose(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String close = "</html>";
        return text.regionMatches(true, end - close.length(), close, 0, close.length());
    }
}
