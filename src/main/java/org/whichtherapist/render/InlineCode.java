package org.whichtherapist.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whichtherapist.core.Hashes;

/**
 * The inline script and style of one page (or Markdown body), as the Content Security Policy names them
 * ({@code 'sha256-…'}; JSON-LD blocks left out), and the policy the page declares in its {@code <meta>}.
 * Kept as hashes, not texts, so a scan kept on disk holds no copy of the stylesheet.
 *
 * @param declared the page's own policy, when that meta element is first in {@code <head>} after the
 *                 character set; "" otherwise
 */
public record InlineCode(Set<String> scripts, Set<String> styles, String declared) implements java.io.Serializable {
    public static final InlineCode NONE = new InlineCode(Set.of(), Set.of(), "");

    /** {@code hashes}: the policy's source for a text ({@link #source}), or one it gave for the same text before. */
    public static InlineCode of(Document page, UnaryOperator<String> hashes) {
        Set<String> scripts = new HashSet<>();
        for (Element script : page.getElementsByTag("script")) {
            String type = script.attr("type");
            if (!script.hasAttr("src") && (type.isEmpty() || type.contains("javascript") || type.equals("module"))) {
                scripts.add(hashes.apply(script.data()));
            }
        }
        Set<String> styles = new HashSet<>();
        page.getElementsByTag("style").forEach(style -> styles.add(hashes.apply(style.data())));
        return new InlineCode(Set.copyOf(scripts), Set.copyOf(styles), declared(page));
    }

    /** How a Content Security Policy allows this inline text: {@code 'sha256-'} and its SHA-256 in Base64. */
    public static String source(String text) {
        return "'sha256-" + Base64.getEncoder().encodeToString(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    /** Whether there is no inline script or style. */
    public boolean isEmpty() {
        return scripts.isEmpty() && styles.isEmpty();
    }

    /** The policy in the page's first meta element after {@code <meta charset>}, or "". */
    private static String declared(Document page) {
        for (Element element : page.head().children()) {
            if (element.tagName().equals("meta") && element.hasAttr("charset")) {
                continue;
            }
            boolean policy = element.tagName().equals("meta")
                    && element.attr("http-equiv").equalsIgnoreCase(ContentSecurityPolicy.META_NAME);
            return policy ? element.attr("content") : "";
        }
        return "";
    }
}
