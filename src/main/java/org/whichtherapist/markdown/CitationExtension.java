package org.whichtherapist.markdown;

import java.util.Set;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Draws a {@link Citation} as its number in square brackets, linking to that entry of the page's
 * Sources list ({@code #source-2}, written by the template). {@link Citations} finds and numbers them.
 */
final class CitationExtension implements HtmlRenderer.HtmlRendererExtension {
    /** The id of the n-th entry of a page's Sources list; templates/components/sources.ftl uses the same. */
    static final String ANCHOR_PREFIX = "source-";

    static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        // nothing to set
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new CitationRenderer());
    }

    private static final class CitationRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
        }

        private void render(Citation node, NodeRendererContext context, HtmlWriter html) {
            String number = String.valueOf(node.number());
            html.attr("class", "cite").withAttr().tag("sup").raw("[");
            html.attr("href", "#" + ANCHOR_PREFIX + number).attr("aria-label", "Source " + number).withAttr().tag("a")
                    .text(number).tag("/a");
            html.raw("]").tag("/sup");
        }
    }
}
