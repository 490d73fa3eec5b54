package org.whichtherapist.check;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The inline script and style one page contains, which the Content Security Policy must allow.
 * JSON data blocks ({@code application/ld+json}) are not scripts a browser runs, so they are left out.
 */
public record InlineCode(Set<String> scripts, Set<String> styles) implements java.io.Serializable {
    public static final InlineCode NONE = new InlineCode(Set.of(), Set.of());

    /** {@code shared} returns one copy of text that many pages repeat, to keep it once in memory. */
    public static InlineCode of(Document page, UnaryOperator<String> shared) {
        Set<String> scripts = new HashSet<>();
        for (Element script : page.getElementsByTag("script")) {
            String type = script.attr("type");
            if (!script.hasAttr("src") && (type.isEmpty() || type.contains("javascript") || type.equals("module"))) {
                scripts.add(shared.apply(script.data()));
            }
        }
        Set<String> styles = new HashSet<>();
        page.getElementsByTag("style").forEach(style -> styles.add(shared.apply(style.data())));
        return new InlineCode(Set.copyOf(scripts), Set.copyOf(styles));
    }

    /** The same code with each text as {@code shared} gives it: a page read back from the kept results holds its own copies. */
    InlineCode sharing(UnaryOperator<String> shared) {
        return new InlineCode(scripts.stream().map(shared).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                styles.stream().map(shared).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
