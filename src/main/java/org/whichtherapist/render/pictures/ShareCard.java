package org.whichtherapist.render.pictures;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * One page's share card, 1200×630: the page's kind, its title as large as fits (cut with "…" only past five
 * lines at the smallest size) and the site's name, drawn with Java2D; the same card gives the same bytes.
 */
record ShareCard(String title, String kind, String siteName) {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int TITLE_TOP = 180;
    private static final int TITLE_BOTTOM = 500;
    private static final float[] TITLE_SIZES = {76, 68, 60, 54, 48, 44};
    private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);

    /** The card as PNG bytes. */
    byte[] png(CardStyle style) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(style.colours().background());
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(style.colours().text());
            drawKind(g, style);
            drawTitle(g, style);
            g.setColor(style.colours().accent());
            g.fillRect(MARGIN, 520, 96, 8);
            g.setColor(style.colours().text());
            List<TextLayout> name = lines(siteName, style.bold().deriveFont(40f), TEXT_WIDTH);
            name.get(0).draw(g, MARGIN, 580 + name.get(0).getAscent() - 40);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void drawKind(Graphics2D g, CardStyle style) {
        TextLayout label = lines(kind, style.regular().deriveFont(30f), TEXT_WIDTH - 48).get(0);
        float width = label.getAdvance() + 48;
        g.setStroke(new BasicStroke(3f));
        g.draw(new RoundRectangle2D.Float(MARGIN, 70, width, 56, 56, 56));
        label.draw(g, MARGIN + 24, 70 + 28 + (label.getAscent() - label.getDescent()) / 2);
    }

    private void drawTitle(Graphics2D g, CardStyle style) {
        for (float size : TITLE_SIZES) {
            Font font = style.bold().deriveFont(size);
            List<TextLayout> lines = lines(title, font, TEXT_WIDTH);
            float lineHeight = size * 1.18f;
            int fit = (int) ((TITLE_BOTTOM - TITLE_TOP) / lineHeight);
            boolean last = size == TITLE_SIZES[TITLE_SIZES.length - 1];
            if (lines.size() <= fit || last) {
                if (lines.size() > fit) {
                    lines = cut(lines, fit, font);
                }
                float y = TITLE_TOP;
                for (TextLayout line : lines) {
                    y += lineHeight;
                    line.draw(g, MARGIN, y - (lineHeight - line.getAscent()) / 2 - line.getDescent() / 2);
                }
                return;
            }
        }
    }

    /** The first {@code keep} lines, the last one ending in "…" and no wider than the text area. */
    private List<TextLayout> cut(List<TextLayout> lines, int keep, Font font) {
        List<TextLayout> kept = new ArrayList<>(lines.subList(0, keep - 1));
        int start = kept.stream().mapToInt(TextLayout::getCharacterCount).sum();
        String rest = title.substring(start, Math.min(title.length(), start + lines.get(keep - 1).getCharacterCount()))
                .strip();
        TextLayout last = layout(rest + "…", font);
        while (last.getAdvance() > TEXT_WIDTH && rest.length() > 1) {
            rest = rest.substring(0, rest.offsetByCodePoints(rest.length(), -1)).strip();
            last = layout(rest + "…", font);
        }
        kept.add(last);
        return kept;
    }

    /** The text broken into lines no wider than {@code width} (between words where it can). */
    private static List<TextLayout> lines(String text, Font font, float width) {
        List<TextLayout> lines = new ArrayList<>();
        String shown = text.isBlank() ? " " : text.strip();
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled(shown, font).getIterator(), RENDERING);
        while (measurer.getPosition() < shown.length()) {
            lines.add(measurer.nextLayout(width));
        }
        return lines;
    }

    private static TextLayout layout(String text, Font font) {
        return new TextLayout(styled(text, font).getIterator(), RENDERING);
    }

    /** The text in {@code font}, with Java's sans-serif for any letter the font cannot draw. */
    private static AttributedString styled(String text, Font font) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        Font fallback = new Font(Font.SANS_SERIF, font.getStyle() | (font.getFontName().contains("Bold") ? Font.BOLD : 0),
                Math.round(font.getSize2D()));
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!font.canDisplay(codePoint)) {
                styled.addAttribute(TextAttribute.FONT, fallback, i, next);
            }
            i = next;
        }
        return styled;
    }
}
