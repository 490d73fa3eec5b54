package org.whichtherapist.check;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whichtherapist.core.Hashes;

/**
 * The inline script and style one page contains, which the Content Security Policy must allow, as
 * the policy names them: {@code 'sha256-…'} of each text. JSON data blocks ({@code application/ld+json})
 * are not scripts a browser runs, so they are left out. Kept as hashes, not texts: every page inlines
 * the same stylesheet, and a scan kept on disk would hold a copy of it each.
 */
public record InlineCode(Set<String> scripts, Set<String> styles) implements java.io.Serializable {
    public static final InlineCode NONE = new InlineCode(Set.of(), Set.of());

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
        return new InlineCode(Set.copyOf(scripts), Set.copyOf(styles));
    }

    /** How a Content Security Policy allows this inline text: {@code 'sha256-'} and its SHA-256 in Base64. */
    public static String source(String text) {
        return "'sha256-" + Base64.getEncoder().encodeToString(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }
}
