package org.whichtherapist.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.schema.UnsafeUrls;
import org.whichtherapist.core.Problems;
import org.whichtherapist.core.SitePaths;

/**
 * Every link, anchor and picture in every built page leads to a file of the site or an id in it; links to
 * other sites are only checked to be well formed (there may be no network). Problems name the Markdown file
 * and line the link was written on, or the built page when a template wrote it.
 */
public final class LinkCheck {
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** The elements whose address must lead somewhere, in the order their links are checked. */
    private static final List<Linking> LINKS = List.of(new Linking("a", "href"), new Linking("link", "href"),
            new Linking("img", "src"), new Linking("img", "srcset"), new Linking("script", "src"),
            new Linking("source", "src"), new Linking("meta", "content"));

    private record Linking(String tag, String attribute) {
    }

    private final BuiltPages site;
    private final String siteAddress;
    private final SiteContent content;
    private final Path projectFolder;
    /** Links and ids of files a link names that are not in the site's list (another spelling of a name). */
    private final Map<String, LinksAndIds> unlisted = new HashMap<>();

    /** What the check needs from one page: its link addresses (by kind, each kind in page order) and its ids. */
    public record LinksAndIds(List<String> links, Set<String> ids) implements java.io.Serializable {
        public static final LinksAndIds NONE = new LinksAndIds(List.of(), Set.of());

        /** One walk over the page; links are kept by kind (a, link, img, script, source), each kind in page order. */
        public static LinksAndIds of(Document document) {
            List<List<String>> byKind = new ArrayList<>();
            LINKS.forEach(kind -> byKind.add(new ArrayList<>()));
            Set<String> ids = new HashSet<>();
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("id")) {
                    ids.add(element.id());
                }
                for (int i = 0; i < LINKS.size(); i++) {
                    Linking kind = LINKS.get(i);
                    if (element.normalName().equals(kind.tag()) && element.hasAttr(kind.attribute())) {
                        addresses(element, kind).forEach(byKind.get(i)::add);
                    }
                }
            }
            return new LinksAndIds(byKind.stream().flatMap(List::stream).toList(), Set.copyOf(ids));
        }
    }

    /** The addresses an element gives: each picture of a {@code srcset}; of {@code <meta>}s, the share picture. */
    private static List<String> addresses(Element element, Linking kind) {
        String value = element.attr(kind.attribute()).strip();
        if (kind.tag().equals("meta")) {
            String name = element.hasAttr("property") ? element.attr("property") : element.attr("name");
            return name.equals("og:image") || name.equals("twitter:image") ? List.of(value) : List.of();
        }
        if (kind.attribute().equals("srcset")) {
            return java.util.Arrays.stream(value.split(",")).map(candidate -> candidate.strip().split("\\s+")[0])
                    .filter(address -> !address.isEmpty() && !isEmbeddedPicture(address)).toList();
        }
        return kind.tag().equals("img") && isEmbeddedPicture(value) ? List.of() : List.of(value);
    }

    private record Issue(String message, String fix) {
        static Optional<Issue> of(String message, String fix) {
            return Optional.of(new Issue(message, fix));
        }
    }

    /** A small picture carried in its own address (data:image/png...): nothing to look up. */
    private static boolean isEmbeddedPicture(String href) {
        return href.regionMatches(true, 0, "data:", 0, 5) && UnsafeUrls.check("%s", href, true).isEmpty();
    }

    public LinkCheck(BuiltPages site, String siteAddress, SiteContent content, Path projectFolder) {
        this.site = site;
        this.siteAddress = siteAddress.endsWith("/") ? siteAddress : siteAddress + "/";
        this.content = content;
        this.projectFolder = projectFolder;
    }

    public Problems check() throws IOException {
        Problems problems = new Problems();
        Map<String, Map<String, Optional<Issue>>> byFolder = new HashMap<>();
        for (String page : site.pages().stream().sorted().toList()) {
            // An address means the same from every page in a folder, except one to the page itself.
            Map<String, Optional<Issue>> sameFolder = byFolder.computeIfAbsent(folderOf(page), f -> new HashMap<>());
            Map<String, Optional<Issue>> samePage = new HashMap<>();
            for (String href : site.scan(page).links().links()) {
                Map<String, Optional<Issue>> known = href.startsWith("#") || href.startsWith("?") ? samePage : sameFolder;
                Optional<Issue> issue = known.get(href);
                if (issue == null) {
                    issue = issueWith(page, href);
                    known.put(href, issue);
                }
                if (issue.isPresent()) {
                    report(page, href, issue.get().message(), issue.get().fix(), problems);
                }
            }
        }
        return problems;
    }

    /** What is wrong with a link on this page, if anything. */
    private Optional<Issue> issueWith(String page, String href) throws IOException {
        if (href.isEmpty()) {
            return Issue.of("a link with no address", "give the link an address");
        }
        boolean absoluteToSite = href.startsWith(siteAddress);
        URI uri;
        try {
            uri = new URI(absoluteToSite ? href.substring(siteAddress.length()) : href);
        } catch (URISyntaxException e) {
            return Issue.of("the address '" + href + "' is not a well-formed web address",
                    "check it for spaces or stray characters (write a space as %20)");
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!EXTERNAL_SCHEMES.contains(scheme) || (scheme.startsWith("http") && uri.getHost() == null)) {
                return Issue.of("the address '" + href + "' is not a web, email or phone link",
                        "use a full address starting with https://");
            }
            return Optional.empty();
        }
        if (href.startsWith("//")) {
            return Issue.of("the address '" + href + "' has no https: in front",
                    "write it in full, starting with https://");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target;
        if (absoluteToSite) {
            target = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } else if (path.isEmpty()) {
            target = page; // "#section" on the same page
        } else {
            target = resolve(page, path.endsWith("/") ? path + "index.html" : path);
        }
        if (target == null) {
            return Issue.of("the link '" + href + "' leaves the site's folder", "link to a page of the site");
        } else if (!isFile(target)) {
            return Issue.of("the link '" + href + "' leads to " + target + ", which is not in the site",
                    "check the address; to link to another page, link to its .md file");
        } else if (uri.getFragment() != null && !uri.getFragment().isEmpty() && target.endsWith(".html")
                && !linksOf(target).ids().contains(uri.getFragment())) {
            return Issue.of("the link '" + href + "' points to #" + uri.getFragment()
                    + ", which is not a heading or id in " + target,
                    "use the id of a heading on that page (its words in lower case, joined by hyphens)");
        }
        return Optional.empty();
    }

    private static String folderOf(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /** Resolves a relative path against the page's folder; null if it climbs out of the site or starts at its root. */
    private static String resolve(String page, String path) {
        return path.startsWith("/") ? null : SitePaths.resolve(page, path).orElse(null);
    }

    private void report(String page, String href, String message, String fix, Problems problems) throws IOException {
        Optional<Page> source = content.findAt(page);
        if (source.isPresent()) {
            String file = source.get().source().path();
            problems.error(file, lineContaining(file, cluesTo(page, href)), message, fix);
        } else {
            problems.error("output " + page, 0, message + " (written by a template)", fix);
        }
    }

    /** What the link looked like in the Markdown: its address, its #anchor, or {@code (/folder/page.html}. */
    private static List<String> cluesTo(String page, String href) {
        List<String> clues = new ArrayList<>(List.of(href));
        int hash = href.indexOf('#');
        String path = hash >= 0 ? href.substring(0, hash) : href;
        if (hash > 0) {
            clues.add(href.substring(hash));
        }
        String target = path.isEmpty() || path.contains(":") ? null : resolve(page, path);
        if (target != null && !target.isEmpty()) {
            clues.add("(/" + target);
        }
        return clues;
    }

    /** The line where the link was written: the first line with one of the clues, in their order. */
    private int lineContaining(String file, List<String> clues) throws IOException {
        List<String> lines = Files.readAllLines(projectFolder.resolve(file), StandardCharsets.UTF_8);
        for (String clue : clues) {
            for (int i = 0; i < lines.size(); i++) {
                if (!clue.isEmpty() && lines.get(i).contains(clue)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** Whether the site has this file: one of those read, or (spelled another way, or written since) on disk. */
    private boolean isFile(String target) {
        return site.contains(target) || Files.isRegularFile(site.folder().resolve(target));
    }

    private LinksAndIds linksOf(String target) throws IOException {
        if (site.contains(target)) {
            return site.scan(target).links();
        }
        if (!unlisted.containsKey(target)) {
            unlisted.put(target, LinksAndIds.of(Jsoup.parse(Files.readString(site.folder().resolve(target),
                    StandardCharsets.UTF_8))));
        }
        return unlisted.get(target);
    }
}
