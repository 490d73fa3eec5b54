package org.whichtherapist.render.pictures;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.core.Hashes;

/**
 * How share cards look: colours from the site's stylesheet and the font in {@code assets/fonts/};
 * {@link #fingerprint()} changes when any of them does.
 */
record CardStyle(Colours colours, Font regular, Font bold, String fingerprint) {
    /** The card's background, its text, and the bar of colour above the site's name. */
    record Colours(Color background, Color text, Color accent) {
    }

    static final String FONT_FOLDER = "fonts/";
    static final String REGULAR_FONT = FONT_FOLDER + "NotoSans-Regular.ttf";
    static final String BOLD_FONT = FONT_FOLDER + "NotoSans-Bold.ttf";

    /** The last style read, and what it was read from: the preview asks on every save. */
    private static volatile Map.Entry<Source, CardStyle> last;

    private record Source(Path assetFolder, String stylesheet, FileStamp regular, FileStamp bold) {
    }

    /** Reads the fonts from the asset folder and the colours from the stylesheet (again only when one changed). */
    static CardStyle read(Path assetFolder, String stylesheet) throws IOException {
        Source source = new Source(assetFolder, stylesheet, stamp(assetFolder.resolve(REGULAR_FONT)),
                stamp(assetFolder.resolve(BOLD_FONT)));
        Map.Entry<Source, CardStyle> known = last;
        if (known != null && known.getKey().equals(source)) {
            return known.getValue();
        }
        CardStyle style = readAfresh(assetFolder, stylesheet);
        last = Map.entry(source, style);
        return style;
    }

    private static FileStamp stamp(Path file) throws IOException {
        return FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class));
    }

    private static CardStyle readAfresh(Path assetFolder, String stylesheet) throws IOException {
        byte[] regular = Files.readAllBytes(assetFolder.resolve(REGULAR_FONT));
        byte[] bold = Files.readAllBytes(assetFolder.resolve(BOLD_FONT));
        Color background = colour(stylesheet, "header-bg", "#005a70");
        Color text = colour(stylesheet, "on-accent", "#ffffff");
        Color accent = colour(stylesheet, "focus", "#ffbf47");
        String fingerprint = Hashes.sha256Hex(regular) + Hashes.sha256Hex(bold) + hex(background) + hex(text)
                + hex(accent);
        return new CardStyle(new Colours(background, text, accent), font(regular, REGULAR_FONT), font(bold, BOLD_FONT),
                fingerprint);
    }

    /** The first colour given to a custom property: {@code --x: #abc} or {@code --x: light-dark(#abc, ...)}. */
    static Color colour(String stylesheet, String property, String fallback) {
        Matcher m = Pattern.compile("--" + Pattern.quote(property)
                + "\\s*:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\b").matcher(stylesheet);
        return Color.decode((m.find() ? m.group(1) : fallback).replaceFirst("^#(.)(.)(.)$", "#$1$1$2$2$3$3"));
    }

    private static Font font(byte[] bytes, String name) throws IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        } catch (FontFormatException e) {
            throw new IOException("assets/" + name + " is not a TrueType font", e);
        }
    }

    private static String hex(Color c) {
        return String.format("%06x", c.getRGB() & 0xffffff);
    }
}
