package org.whichtherapist.render.diagrams;

import java.util.List;

/**
 * A diagram as it goes into a page: a {@code <figure>} with a visible caption, the picture as inline
 * SVG ({@code role="img"}, named by its {@code <title>}), and straight after it the same facts as a
 * list, hidden from the eye but read by screen readers (the picture itself is one image to them).
 *
 * @param id      unique within a page; the figure's ids start with it
 * @param caption what the diagram shows, shown under it
 * @param svg     the picture
 * @param inWords one line per row of the picture, saying what it shows
 */
record Figure(String id, String caption, String svg, List<String> inWords) {

    String html() {
        StringBuilder html = new StringBuilder()
                .append("<figure class=\"diagram\" id=\"").append(id).append("-figure\" aria-labelledby=\"").append(id)
                .append("-caption\">").append(svg)
                .append("<ul class=\"visually-hidden\">");
        inWords.forEach(line -> html.append("<li>").append(Svg.escape(line)).append("</li>"));
        return html.append("</ul><figcaption class=\"diagram__caption\" id=\"").append(id).append("-caption\">")
                .append(Svg.escape(caption)).append("</figcaption></figure>").toString();
    }
}
