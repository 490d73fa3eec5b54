package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline citation, {@code [^nhs-physiotherapy]}: a footnote with no text, naming one of the page's sources.
 * {@link Citations} finds and numbers them.
 */
final class Citation extends Node {
    /** The id of the n-th entry of a page's Sources list; templates/components/sources.ftl uses the same. */
    static final String ANCHOR_PREFIX = "source-";
    private final String sourceId;
    private int number;

    Citation(String sourceId) {
        this.sourceId = sourceId;
    }

    String sourceId() {
        return sourceId;
    }

    void number(int value) {
        number = value;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Draws a citation as its number in square brackets, linking to that entry of the page's Sources list. */
    static void render(Citation node, NodeRendererContext context, HtmlWriter html) {
        String number = String.valueOf(node.number);
        html.attr("class", "cite").withAttr().tag("sup").raw("[");
        html.attr("href", "#" + ANCHOR_PREFIX + number).attr("aria-label", "Source " + number).withAttr().tag("a")
                .text(number).tag("/a");
        html.raw("]").tag("/sup");
    }
}
