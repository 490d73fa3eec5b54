package org.whichtherapist.markdown;

import java.util.Set;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Callout boxes written as {@code !!! urgent "Title"} followed by indented text.
 * <p>
 * Parsing is flexmark's admonition syntax; rendering is ours: a {@code role="note"} box whose
 * title starts with a visually hidden prefix ("Urgent advice:") so screen readers announce the
 * kind, with no icons or scripts. Unknown kinds are reported by {@link MarkdownRenderer}.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final AdmonitionExtension syntax = AdmonitionExtension.create();

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        syntax.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        syntax.extend(parserBuilder);
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        // nothing to set
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new CalloutRenderer());
    }

    static final class CalloutRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
        }

        private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            CalloutKind kind = CalloutKind.fromId(node.getInfo().toString().toLowerCase()).orElse(CalloutKind.INFO);
            String title = node.getTitle().isNull() ? "" : node.getTitle().toString().strip();
            html.attr("class", "callout callout--" + kind.id()).attr("role", "note").withAttr().tag("div").line();
            html.attr("class", "callout__title").withAttr().tag("p");
            html.attr("class", "visually-hidden").withAttr().tag("span")
                    .text(kind.label() + (title.isEmpty() ? "" : ": ")).tag("/span");
            if (!title.isEmpty()) {
                html.tag("strong").text(title).tag("/strong");
            }
            html.tag("/p").line();
            html.attr("class", "callout__body").withAttr().tag("div").line();
            context.renderChildren(node);
            html.tag("/div").line();
            html.tag("/div").line();
        }
    }
}
