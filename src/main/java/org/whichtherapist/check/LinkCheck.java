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
    private final Memory memory;
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
    }

    /**
     * What a link was found to be: what is wrong with it, if anything; the page of the site whose ids were looked
     * up for its #anchor (null: none); whether its file was found on disk, not among the files read.
     */
    private record Verdict(Optional<Issue> issue, String idsOf, boolean onDisk) {
        static final Verdict FINE = new Verdict(Optional.empty(), null, false);

        static Verdict broken(String message, String fix) {
            return new Verdict(Optional.of(new Issue(message, fix)), null, false);
        }
    }

    /** A link that leads nowhere, and why. */
    private record Broken(String href, Issue issue) {
    }

    /**
     * A page's links as checked, and the pages whose ids they looked up, as they were; {@code onDisk}: a link's file
     * was found on disk, not among the files read, so the finding is not kept.
     */
    private record Checked(LinksAndIds links, List<Broken> broken, Map<String, LinksAndIds> idsRead, boolean onDisk) {
        /** Whether the page's links would be found the same in {@code site}, which has the same files. */
        boolean holdsIn(BuiltPages site, LinksAndIds now) {
            return links == now && idsRead.entrySet().stream()
                    .allMatch(read -> site.contains(read.getKey()) && site.scan(read.getKey()).links() == read.getValue());
        }
    }

    /**
     * What the checks of one build memory found on each page whose links all lead somewhere, reused while the site
     * has the same files and the page, and each page whose ids it looked up, are the same scans (the page scanner
     * gives the same scan back for an unchanged file): the preview checks again only what a save could have broken.
     */
    public static final class Memory {
        private List<String> files = List.of();
        private String siteAddress = "";
        private Map<String, Checked> pages = Map.of();
    }

    /** A small picture carried in its own address (data:image/png...): nothing to look up. */
    private static boolean isEmbeddedPicture(String href) {
        return href.regionMatches(true, 0, "data:", 0, 5) && UnsafeUrls.check("%s", href, true).isEmpty();
    }

    /** {@code memory}: what earlier checks found ({@link Memory}), updated by this one. */
    public LinkCheck(BuiltPages site, String siteAddress, SiteContent content, Path projectFolder, Memory memory) {
        this.site = site;
        this.siteAddress = siteAddress.endsWith("/") ? siteAddress : siteAddress + "/";
        this.content = content;
        this.projectFolder = projectFolder;
        this.memory = memory;
    }

    public Problems check() throws IOException {
        boolean sameFiles = memory.files.equals(site.files()) && memory.siteAddress.equals(siteAddress);
        Map<String, Checked> kept = new HashMap<>();
        Map<String, Map<String, Verdict>> byFolder = new HashMap<>();
        Problems problems = new Problems();
        for (String page : site.pages().stream().sorted().toList()) {
            LinksAndIds links = site.scan(page).links();
            Checked last = sameFiles ? memory.pages.get(page) : null;
            Checked checked = last != null && last.holdsIn(site, links) ? last : check(page, links, byFolder);
            if (checked.broken().isEmpty() && !checked.onDisk()) {
                kept.put(page, checked);
            }
            for (Broken link : checked.broken()) {
                report(page, link.href(), link.issue().message(), link.issue().fix(), problems);
            }
        }
        memory.files = site.files();
        memory.siteAddress = siteAddress;
        memory.pages = kept;
        return problems;
    }

    /** The page's links, each looked at once per folder (per page for its own #anchors). */
    private Checked check(String page, LinksAndIds links, Map<String, Map<String, Verdict>> byFolder) throws IOException {
        // An address means the same from every page in a folder, except one to the page itself.
        Map<String, Verdict> sameFolder = byFolder.computeIfAbsent(folderOf(page), f -> new HashMap<>());
        Map<String, Verdict> samePage = new HashMap<>();
        List<Broken> broken = new ArrayList<>();
        Map<String, LinksAndIds> idsRead = new HashMap<>();
        boolean onDisk = false;
        for (String href : links.links()) {
            Map<String, Verdict> known = href.startsWith("#") || href.startsWith("?") ? samePage : sameFolder;
            Verdict verdict = known.get(href);
            if (verdict == null) {
                verdict = verdict(page, href);
                known.put(href, verdict);
            }
            verdict.issue().ifPresent(issue -> broken.add(new Broken(href, issue)));
            if (verdict.idsOf() != null) {
                idsRead.put(verdict.idsOf(), site.scan(verdict.idsOf()).links());
            }
            onDisk |= verdict.onDisk();
        }
        return new Checked(links, broken, idsRead, onDisk);
    }

    /** What a link on this page was found to be. */
    private Verdict verdict(String page, String href) throws IOException {
        if (href.isEmpty()) {
            return Verdict.broken("a link with no address", "give the link an address");
        }
        boolean absoluteToSite = href.startsWith(siteAddress);
        URI uri;
        try {
            uri = new URI(absoluteToSite ? href.substring(siteAddress.length()) : href);
        } catch (URISyntaxException e) {
            return Verdict.broken("the address '" + href + "' is not a well-formed web address",
                    "check it for spaces or stray characters (write a space as %20)");
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!EXTERNAL_SCHEMES.contains(scheme) || (scheme.startsWith("http") && uri.getHost() == null)) {
                return Verdict.broken("the address '" + href + "' is not a web, email or phone link",
                        "use a full address starting with https://");
            }
            return Verdict.FINE;
        }
        if (href.startsWith("//")) {
            return Verdict.broken("the address '" + href + "' has no https: in front",
                    "write it in full, starting with https://");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        // from the site's root; the page itself for "#section"; else from the page's folder
        String target = absoluteToSite ? file : path.isEmpty() ? page : resolve(page, file);
        if (target == null) {
            return Verdict.broken("the link '" + href + "' leaves the site's folder", "link to a page of the site");
        } else if (!isFile(target)) {
            return Verdict.broken("the link '" + href + "' leads to " + target + ", which is not in the site",
                    "check the address; to link to another page, link to its .md file");
        }
        boolean listed = site.contains(target);
        if (uri.getFragment() != null && !uri.getFragment().isEmpty() && target.endsWith(".html")) {
            Optional<Issue> issue = linksOf(target).ids().contains(uri.getFragment()) ? Optional.empty()
                    : Optional.of(new Issue("the link '" + href + "' points to #" + uri.getFragment()
                            + ", which is not a heading or id in " + target,
                            "use the id of a heading on that page (its words in lower case, joined by hyphens)"));
            return new Verdict(issue, listed ? target : null, !listed);
        }
        return new Verdict(Optional.empty(), null, !listed);
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
