package org.whichtherapist.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whichtherapist.render.InlineCode;

/**
 * What the checks need from one built file, taken from a single reading of it: its shape for
 * {@link OutputCheck}, its links and ids for {@link LinkCheck} and its inline code and declared Content
 * Security Policy for {@link PolicyCheck}, and a page's weight gzipped for {@link PageWeights}. Each
 * check decides for itself what the facts mean; a file a check does not look at gets that part empty.
 *
 * @param unreadable why the file could not be read back, or null when it was read
 * @param gzipped    a reader page's size gzipped as hosts send it ({@link PageWeights#gzippedSize}); 0 for other
 *                   files, redirects and the editor
 */
public record PageScan(String unreadable, OutputCheck.Shape shape, LinkCheck.LinksAndIds links,
                       InlineCode inlineCode, long gzipped) implements java.io.Serializable {

    /** Whether a file with this name is read at all: pages and XML files. */
    public static boolean isRead(String name) {
        return OutputCheck.Shape.isChecked(name);
    }

    /** Whether the file is a page: parsed for its links, ids and inline code, and weighed. */
    static boolean isPage(String name) {
        return name.endsWith(".html");
    }

    /**
     * Reads one file's bytes. {@code sources} holds the policy's source of each inline script and style
     * met before ({@link InlineCode#source}), so a thousand pages that inline the same stylesheet hash it once.
     */
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
                isReaderPage(name, document) ? PageWeights.gzippedSize(bytes) : 0);
    }

    /**
     * Whether readers read the page, so that it counts in the site's page weights: not the redirect
     * left at an old address, nor the editor at admin/.
     */
    private static boolean isReaderPage(String name, Document document) {
        return !name.startsWith("admin/") && document.selectFirst("meta[http-equiv=refresh]") == null;
    }

    /** The scan of a file that is not read (a stylesheet, a picture…): nothing for any check. */
    static final PageScan NOT_READ = new PageScan(null, OutputCheck.Shape.NONE, LinkCheck.LinksAndIds.NONE,
            InlineCode.NONE, 0);

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
