package org.whichtherapist.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whichtherapist.core.GzippedSize;
import org.whichtherapist.render.InlineCode;

/**
 * What each check needs from one built file, taken from a single reading of it; each check decides what the
 * facts mean.
 *
 * @param unreadable why the file could not be read back, or null
 * @param gzipped    a reader page's size gzipped; 0 for other files, redirects and the editor
 */
public record PageScan(String unreadable, OutputCheck.Shape shape, LinkCheck.LinksAndIds links,
                       InlineCode inlineCode, long gzipped) implements java.io.Serializable {

    /** Whether the file is a page: parsed for its links, ids and inline code, and weighed. */
    static boolean isPage(String name) {
        return name.endsWith(".html");
    }

    /** Reads one file; {@code sources} remembers each inline code's hash, so a shared stylesheet is hashed once. */
    static PageScan of(String name, byte[] bytes, Map<String, String> sources) {
        String text;
        try {
            text = utf8(bytes);
        } catch (CharacterCodingException e) {
            return unreadable("not valid UTF-8");
        }
        OutputCheck.Shape shape = OutputCheck.Shape.of(name, bytes);
        if (!isPage(name)) {
            return new PageScan(null, shape, LinkCheck.LinksAndIds.NONE, InlineCode.NONE, 0);
        }
        Document document = Jsoup.parse(text);
        return new PageScan(null, shape, LinkCheck.LinksAndIds.of(document),
                InlineCode.of(document, code -> sources.computeIfAbsent(code, InlineCode::source)),
                isReaderPage(name, document) ? GzippedSize.of(bytes) : 0);
    }

    /** Whether it counts in the page weights: not a redirect, nor the editor. */
    private static boolean isReaderPage(String name, Document document) {
        return !name.startsWith("admin/") && document.selectFirst("meta[http-equiv=refresh]") == null;
    }

    /** The scan of a file that is not read (a stylesheet, a picture…): nothing for any check. */
    static final PageScan NOT_READ = unreadable(null);

    static PageScan unreadable(String why) {
        return new PageScan(why, OutputCheck.Shape.NONE, LinkCheck.LinksAndIds.NONE, InlineCode.NONE, 0);
    }

    /** Decodes strictly, as {@code Files.readString} does, without the slow decoder for valid text. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)); // throws if malformed
        }
        return text;
    }
}
