package org.whichtherapist.check;

import java.util.Locale;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problems;

/**
 * Looks at the baked site before it replaces the old one: no empty page, no page cut short,
 * no draft in a published site, and the home page is there.
 */
public final class OutputCheck {

    /** The mark the templates put on a draft page; a published site must not contain it. */
    static final String DRAFT_MARK = "class=\"draft-banner\"";

    /**
     * What this check needs to know about one HTML or XML file (other files are not looked at).
     *
     * @param blank    it has nothing but white space
     * @param complete an HTML page ends with {@code </html>} (always true for XML)
     * @param draft    it carries the draft banner
     */
    public record Shape(boolean blank, boolean complete, boolean draft) implements java.io.Serializable {
        static final Shape NONE = new Shape(false, true, false);

        /**
         * The shape of an HTML or XML file ({@link #isChecked}) with this name and UTF-8 content, read
         * from the bytes (as ISO-8859-1, one character per byte: the marks looked for are ASCII, and
         * searching such text is much quicker than searching decoded text with non-ASCII characters).
         */
        static Shape of(String name, byte[] utf8) {
            String bytes = new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1);
            return new Shape(bytes.isBlank(), !name.toLowerCase(Locale.ROOT).endsWith(".html")
                    || endsWithHtmlClose(bytes), bytes.contains(DRAFT_MARK));
        }

        /** Whether the check looks at a file with this name: HTML and XML files. */
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
