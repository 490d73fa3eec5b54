package org.whichtherapist.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;

/**
 * The one place the site's Content Security Policy is made, for every page's {@code <meta>} (first in
 * {@code <head>} after the character set, for hosts that ignore {@code _headers}) and for {@code _headers}.
 * Inline code is allowed by hash, never {@code 'unsafe-inline'}: the code templates inline ({@link SiteAssets}),
 * the same on every page, and a page's own {@code <script>} or {@code <style>} (only with
 * {@code site.trusted_html=true}). The header adds {@code frame-ancestors} and allows every page's inline code;
 * a browser enforces both, so each page may run exactly its own code.
 */
public final class ContentSecurityPolicy {
    /** The {@code http-equiv} of the meta element, and the header's name. */
    public static final String META_NAME = "Content-Security-Policy";
    /**
     * After script and style: no fonts, plugins or frames, and no other base address or form target. Pictures
     * and the search's fetches fall back to {@code default-src 'self'} (every page carries this, so each byte counts).
     */
    private static final String OTHER_SOURCES = "font-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'self';"
            + " form-action 'self'";
    /** Directives browsers ignore in a meta element: sent in the header only. */
    private static final String HEADER_ONLY = "frame-ancestors 'none'";

    private final InlineCode everyPage;
    private final SiteContent site;
    /** Whether a page's Markdown may hold code (site.trusted_html): without it, no page's own code is allowed. */
    private final boolean trustedHtml;
    private final Map<String, InlineCode> bodies = new ConcurrentHashMap<>();

    private ContentSecurityPolicy(InlineCode everyPage, SiteContent site, boolean trustedHtml) {
        this.everyPage = everyPage;
        this.site = site;
        this.trustedHtml = trustedHtml;
    }

    public static ContentSecurityPolicy of(SiteAssets assets, SiteContent site, boolean trustedHtml) {
        return new ContentSecurityPolicy(new InlineCode(sources(assets.inlineScripts()), sources(assets.inlineStyles()), ""),
                site, trustedHtml);
    }

    private static Set<String> sources(List<String> texts) {
        return texts.stream().map(InlineCode::source).collect(Collectors.toUnmodifiableSet());
    }

    /** The policy for the meta element of the output at {@code path} (a page's address, or a list's). */
    public String forPage(String path) {
        return policy(Optional.ofNullable(path).flatMap(site::findAt).map(this::bodyCode).orElse(InlineCode.NONE));
    }

    /** The policy for the {@code _headers} file: every page's inline code, and what only a header can say. */
    public String forHost() {
        List<InlineCode> pages = site.all().stream().map(this::bodyCode).toList();
        return policy(new InlineCode(pages.stream().flatMap(code -> code.scripts().stream()).collect(Collectors.toSet()),
                pages.stream().flatMap(code -> code.styles().stream()).collect(Collectors.toSet()), "")) + "; " + HEADER_ONLY;
    }

    /** Whether {@code policy} (as a page declares it) allows every inline script and style of {@code code}. */
    public static boolean allows(String policy, InlineCode code) {
        return sources(policy, "script-src").containsAll(code.scripts()) && sources(policy, "style-src").containsAll(code.styles());
    }

    private String policy(InlineCode page) {
        Set<String> scripts = new TreeSet<>(everyPage.scripts());
        scripts.addAll(page.scripts());
        Set<String> styles = new TreeSet<>(everyPage.styles());
        styles.addAll(page.styles());
        return "default-src 'self'; script-src 'self' " + String.join(" ", scripts) + "; style-src 'self' "
                + String.join(" ", styles) + "; " + OTHER_SOURCES;
    }

    /**
     * The inline code in a page's Markdown: none unless the owner trusts the HTML written there (the Markdown stage
     * refuses code otherwise, and the output check refuses a page running code its policy does not allow).
     */
    private InlineCode bodyCode(Page page) {
        if (!trustedHtml) {
            return InlineCode.NONE;
        }
        return bodies.computeIfAbsent(page.uri(), uri -> mayHoldCode(page.body())
                ? InlineCode.of(Jsoup.parseBodyFragment(page.body()), InlineCode::source) : InlineCode.NONE);
    }

    /**
     * Whether the HTML has a tag starting {@code <script} or {@code <style}, in any case (no lower-cased copy made);
     * only the tags starting {@code <s} or {@code <S} are looked at, found by the JDK's fast search.
     */
    private static boolean mayHoldCode(String html) {
        for (String start : List.of("<s", "<S")) {
            for (int at = html.indexOf(start); at >= 0; at = html.indexOf(start, at + 2)) {
                if (html.regionMatches(true, at + 1, "script", 0, 6)
                        || html.regionMatches(true, at + 1, "style", 0, 5)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sources a directive lists, e.g. every {@code 'sha256-…'} of {@code script-src}. */
    private static Set<String> sources(String policy, String directive) {
        for (String part : policy.split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words[0].equalsIgnoreCase(directive)) {
                return Set.copyOf(Arrays.asList(words).subList(1, words.length));
            }
        }
        return Set.of();
    }
}
