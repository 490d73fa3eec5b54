package org.whichtherapist.render.diagrams;

import java.util.List;
import java.util.Locale;

import org.apache.commons.text.WordUtils;

/**
 * A small writer of inline SVG: shapes and escaped text with class names (the stylesheet colours them, light
 * and dark), and text wrapped by an estimate of its width, as the page's own font draws it.
 */
final class Svg {
    /** How wide a letter is on average, as a share of the font size (generous, for system fonts). */
    private static final double REGULAR_LETTER = 0.56;
    private static final double BOLD_LETTER = 0.6;

    private final StringBuilder body = new StringBuilder();

    void rect(double x, double y, double width, double height, String cssClass) {
        body.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" rx=\"6\"/>");
    }

    void line(double x1, double y1, double x2, double y2, String cssClass) {
        body.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>");
    }

    /** A tick mark, 12 units wide, with its top-left corner at (x, y). */
    void tick(double x, double y, String cssClass) {
        body.append("<path class=\"").append(cssClass).append("\" d=\"M").append(n(x)).append(' ').append(n(y + 6))
                .append(" l4 4 l8 -9\"/>");
    }

    /** Lines of text, the first baseline at {@code y}, each {@code lineHeight} below the last. */
    void text(double x, double y, double lineHeight, List<String> lines, String cssClass) {
        for (int i = 0; i < lines.size(); i++) {
            body.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"")
                    .append(n(y + i * lineHeight)).append("\">").append(escape(lines.get(i))).append("</text>");
        }
    }

    /** The whole picture: {@code <svg role="img">} named by its {@code <title>}. */
    String toSvg(String id, double width, double height, String title) {
        return "<svg class=\"diagram__svg\" id=\"" + id + "\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" role=\"img\" aria-labelledby=\"" + id
                + "-title\" focusable=\"false\"><title id=\"" + id + "-title\">" + escape(title) + "</title>" + body
                + "</svg>";
    }

    /** Words wrapped into lines that fit {@code width} at {@code size}; a word longer than a line keeps a line of its own. */
    static List<String> wrap(String text, double width, double size, boolean bold) {
        int most = Math.max(1, (int) (width / (size * (bold ? BOLD_LETTER : REGULAR_LETTER))));
        return List.of(WordUtils.wrap(text.strip().replaceAll("\\s+", " "), most, "\n", false).split("\n", -1));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A number as SVG wants it: no exponent, at most one decimal, the same in every locale. */
    private static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
