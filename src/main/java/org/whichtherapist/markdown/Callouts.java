package org.whichtherapist.markdown;

import java.util.List;
import java.util.Optional;

import org.jetbrains.annotations.NotNull;
import org.whichtherapist.schema.CareLevel;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Callout boxes, {@code !!! urgent "Title"} and indented text: flexmark's admonition syntax, drawn as a
 * {@code role="note"} box whose hidden title prefix ("Urgent advice:") tells screen readers the kind.
 */
final class Callouts {
    /** The page's care box's HTML, set on each document before it is rendered. */
    static final NullableDataKey<String> URGENT_CARE_HTML = new NullableDataKey<>("WHICH_THERAPIST_URGENT_CARE");

    private Callouts() {
    }

    /** Only lines starting {@code !!!} or {@code ???} reach flexmark's parser, which compiles a regex per line. */
    static final class CalloutStart extends AdmonitionBlockParser.Factory {
        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            BlockParserFactory parser = super.apply(options);
            return (state, matched) -> mayOpenCallout(state) ? parser.tryStart(state, matched) : BlockStart.none();
        }

        private static boolean mayOpenCallout(ParserState state) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (line.length() < at + 3) {
                return false;
            }
            char marker = line.charAt(at);
            return (marker == '!' || marker == '?') && line.charAt(at + 1) == marker && line.charAt(at + 2) == marker;
        }
    }

    /** One level's care card, as on the NHS website: an h2 whose hidden prefix tells screen readers the level. */
    static String careCard(CareLevel level, String title, String body) {
        return "<div class=\"care-card care-card--" + level.id() + "\">\n<h2 class=\"care-card__heading\">"
                + "<span class=\"visually-hidden\">" + level.label() + ": </span>"
                + Escaping.escapeHtml(title, false) + "</h2>\n"
                + "<div class=\"care-card__content\">\n" + body + "</div>\n</div>\n";
    }

    /** A page's care box: its cards, in order, then who checked them and when. */
    static String careBox(List<String> cards, Optional<String> checked) {
        return "<div class=\"care-box\">\n" + String.join("", cards) + checked.map(text -> "<p class=\"care-box__checked\">"
                + Escaping.escapeHtml(text, false) + "</p>\n").orElse("") + "</div>\n";
    }

    static void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        CalloutKind kind = CalloutKind.fromId(node.getInfo().toString().toLowerCase()).orElse(CalloutKind.INFO);
        if (kind == CalloutKind.URGENT_CARE) {
            String box = URGENT_CARE_HTML.get(node.getDocument());
            html.raw(box == null ? "" : box);
            return;
        }
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
