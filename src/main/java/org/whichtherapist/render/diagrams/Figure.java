package org.whichtherapist.render.diagrams;

import java.util.List;

/**
 * A diagram as it goes into a page: a captioned {@code <figure>} with the SVG (one image to a screen reader),
 * then the same facts as a visually hidden list that screen readers read.
 *
 * @param id      unique within a page; the figure's ids start with it
 * @param inWords one line per row of the picture
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
