package org.whichtherapist.markdown;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.whichtherapist.schema.UnsafeUrls;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * What a page must not ship, found in the Markdown so each problem names its line: script addresses (flexmark
 * would drop them silently), and raw HTML that runs code, unless {@code site.trusted_html=true}.
 */
record UnsafeMarkup(boolean trustedHtml) {
    static final Set<String> REFUSED_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "base", "meta");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite");
    private static final String TRUST_FIX = "remove it; if you trust everyone who writes in content/, set"
            + " site.trusted_html=true in jbake.properties";

    /** Reports each problem on the page, at its node and the line below the node's first that it is on. */
    void check(Document document, MarkdownRenderer.PageContext page) {
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkNodeBase link) {
                address(node, Escaping.unescapeString(link.getUrl()), node instanceof Image, page);
            } else if (node instanceof AutoLink link) {
                address(node, link.getText().toString(), false, page);
            } else if (node instanceof AttributeNode attribute) {
                attribute(node, 0, attribute.getName().toString(), attribute.getValue().toString(), page);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml(node, page);
            }
        }
    }

    private void rawHtml(Node node, MarkdownRenderer.PageContext page) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document html = parser.parseInput("<body>" + node.getChars() + "</body>", "");
        for (Element element : html.body().getAllElements()) {
            int below = Math.max(0, element.sourceRange().start().lineNumber() - 1);
            String tag = element.normalName();
            if (REFUSED_ELEMENTS.contains(tag) && !trustedHtml) {
                page.problem(node, below, "raw HTML '<" + tag + ">' is not allowed in a page: it can run code or"
                        + " change the whole page in the reader's browser", TRUST_FIX);
            }
            for (Attribute attribute : element.attributes()) {
                attribute(node, below, attribute.getKey(), attribute.getValue(), page);
            }
        }
    }

    private void attribute(Node node, int below, String name, String value, MarkdownRenderer.PageContext page) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("on") && !trustedHtml) {
            page.problem(node, below, "the attribute '" + key + "' is not allowed in a page: it runs code in the"
                    + " reader's browser", TRUST_FIX);
        } else if (URL_ATTRIBUTES.contains(key)) {
            UnsafeUrls.check("the address %s in '" + key + "'", value, "src".equals(key))
                    .ifPresent(v -> page.problem(node, below, v.message(), v.fix()));
        }
    }

    private static void address(Node node, String url, boolean picture, MarkdownRenderer.PageContext page) {
        UnsafeUrls.check("the link %s", url, picture).ifPresent(v -> page.problem(node, v.message(), v.fix()));
    }
}
