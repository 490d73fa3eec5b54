package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinks with a quick look first: its post-processor, a fifth of the Markdown time, only sees
 * text holding what its finder starts from ({@code :}, {@code @}, {@code www}, or an entity's {@code &}).
 */
final class QuickAutolinks extends AutolinkNodePostProcessor.Factory implements Parser.ParserExtension {
    static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // AutolinkExtension sets none
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(this);
    }

    @Override
    public @NotNull NodePostProcessor apply(@NotNull Document document) {
        NodePostProcessor links = super.apply(document);
        return new NodePostProcessor() {
            @Override
            public void process(@NotNull NodeTracker state, @NotNull Node node) {
                if (mayHoldLink(node)) {
                    links.process(state, node);
                }
            }
        };
    }

    /** Whether the text the post-processor would read for {@code node} (with the text right after it) may link. */
    static boolean mayHoldLink(Node node) {
        Trigger trigger = new Trigger();
        BasedSequence chars = node.getChars();
        if (trigger.foundIn(chars)) {
            return true;
        }
        for (Node next = node.getNext(); next instanceof TypographicText || next instanceof HtmlEntity
                || next instanceof Text; next = next.getNext()) {
            BasedSequence more = next.getChars();
            if (!more.isContinuationOf(chars)) {
                return false;
            }
            if (trigger.foundIn(more)) {
                return true;
            }
            chars = more;
        }
        return false;
    }

    /** Reads text piece by piece, as one run of characters. */
    private static final class Trigger {
        private int ws;

        boolean foundIn(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ':' || c == '@' || c == '&') {
                    return true;
                }
                ws = c == 'w' ? ws + 1 : 0;
                if (ws == 3) {
                    return true;
                }
            }
            return false;
        }
    }
}
