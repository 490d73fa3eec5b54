package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.publish.AdminFiles;
import org.whichtherapist.publish.SiteArchive;

/** The built site works on any static host, including under a sub-path, with nothing missing. */
class DeploymentTest {
    private static final String SUB_PATH_SITE = "https://example.github.io/which-therapist/";
    private static BuiltSite site;

    @BeforeAll
    static void buildUnderASubPath() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.host=https://www.example.com/",
                "site.host=" + SUB_PATH_SITE);
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.precompress=false", "site.precompress=true");
        TestSites.fillInPlaceholders(project); // a real address: nothing made up may go live
        site = TestSites.build(project, BuildMode.PUBLISH);
    }

    @Test
    void noLinkOrAddressLeavesTheSubPath() {
        int checked = 0;
        for (String path : site.readerPages()) {
            Document page = org.jsoup.Jsoup.parse(site.text(path), SUB_PATH_SITE + path);
            for (Element element : page.select("[href], [src]")) {
                String url = element.absUrl(element.hasAttr("href") ? "href" : "src");
                if (url.startsWith("https://example.github.io/")) {
                    assertTrue(url.startsWith(SUB_PATH_SITE), path + " has a link out of the sub-path: " + url);
                    checked++;
                }
            }
            for (Element meta : page.select("meta[property=og:url], link[rel=canonical]")) {
                assertTrue((meta.attr("content") + meta.attr("href")).startsWith(SUB_PATH_SITE), path);
            }
            String card = page.select("meta[property=og:image]").attr("content");
            boolean redirect = page.selectFirst("meta[http-equiv=refresh]") != null;
            assertTrue(redirect || card.startsWith(SUB_PATH_SITE) && site.exists(card.substring(SUB_PATH_SITE.length())),
                    path + ": the share card '" + card + "' is not in the site under the sub-path");
        }
        assertTrue(checked > 500, "only " + checked + " links checked");
        for (String loc : site.xml("sitemap.xml").select("loc").eachText()) {
            assertTrue(loc.startsWith(SUB_PATH_SITE), loc);
        }
        for (Element link : site.xml("feed.xml").select("link")) {
            assertTrue(link.attr("href").startsWith(SUB_PATH_SITE), link.toString());
        }
        assertTrue(site.text("robots.txt").contains("Sitemap: " + SUB_PATH_SITE + "sitemap.xml"));
        assertEquals(SUB_PATH_SITE + "index.html", site.page("404.html").selectFirst("main a").attr("href"));
    }

    @Test
    void linksWrittenFromTheSiteRootStayInsideTheSubPath() {
        String path = "articles/markdown-features.html";
        Document page = org.jsoup.Jsoup.parse(site.text(path), SUB_PATH_SITE + path);
        assertEquals(SUB_PATH_SITE, page.selectFirst("a:contains(home page)").absUrl("href"));
        assertEquals(SUB_PATH_SITE + "disciplines/alpha-therapist.html",
                page.selectFirst("a:contains(alpha discipline)").absUrl("href"));
    }

    @Test
    void theSiteAddressCanBeGivenOnTheCommandLine() throws Exception {
        Path project = TestSites.newFixtureProject();
        System.setProperty("site.host", "https://other.example.org/docs/");
        try {
            BuiltSite other = TestSites.build(project, BuildMode.PUBLISH);
            assertEquals("https://other.example.org/docs/about.html",
                    other.page("about.html").selectFirst("link[rel=canonical]").attr("href"));
        } finally {
            System.clearProperty("site.host");
        }
    }

    @Test
    void aSiteAddressThatIsNotAFullAddressIsRefused() throws Exception {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.host=https://www.example.com/",
                "site.host=www.example.com");
        int line = Files.readAllLines(project.resolve("jbake.properties")).indexOf("site.host=www.example.com") + 1;
        assertEquals("jbake.properties:" + line + ": 'site.host' is 'www.example.com', which is not a full web address ending"
                + " in '/', such as https://www.example.com/ — write e.g. site.host=https://www.example.com/",
                TestSites.failingBuild(project).get(0).format());
    }

    @Test
    void assetsHaveFingerprintedNamesThatPagesUse() {
        List<String> scripts = site.files().stream().filter(f -> f.matches("js/site\\.[0-9a-f]{10}\\.js")).toList();
        assertEquals(1, scripts.size(), site.files().toString());
        assertFalse(site.exists("js/site.js"));
        assertFalse(site.exists("js/search.js"));
        for (String path : site.readerPages()) {
            for (Element script : site.page(path).select("script[src]")) {
                String file = script.attr("src").replaceFirst("^.*?js/", "js/"); // relative, or the 404 page's full address
                assertTrue(file.matches("js/(site|search)\\.[0-9a-f]{10}\\.js") && site.exists(file), path + ": " + script);
            }
        }
        assertEquals(1, site.page("search.html").select("script[src*=js/search.]").size(), "the search page's own script");
        assertTrue(site.text("_headers").contains("/which-therapist/" + scripts.get(0)
                + "\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }

    @Test
    void fingerprintedAssetsAreListedInPathOrderSoEveryRunWritesTheSameHeaders() {
        // The order once came from Map.copyOf, which changes from one Java process to the next.
        List<String> listed = site.text("_headers").lines()
                .filter(line -> line.startsWith("/which-therapist/") && !line.endsWith("*")).toList();
        assertTrue(listed.size() >= 2, listed.toString());
        assertEquals(listed.stream().sorted().toList(), listed);
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheInlineCodeThePagesHave() throws Exception {
        String headers = site.text("_headers");
        assertTrue(headers.startsWith("/which-therapist/*\n"), headers);
        Matcher csp = Pattern.compile("Content-Security-Policy: (.*)").matcher(headers);
        assertTrue(csp.find());
        String policy = csp.group(1);
        assertFalse(policy.contains("unsafe-inline"), policy);
        for (String header : List.of("X-Content-Type-Options: nosniff", "Referrer-Policy: ", "Permissions-Policy: ")) {
            assertTrue(headers.contains(header), header);
        }
        int inline = 0;
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            for (Element code : page.select("script:not([src]):not([type=application/ld+json]), style")) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.data().getBytes(StandardCharsets.UTF_8));
                String source = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
                assertTrue(policy.contains(source), path + " has inline code the policy blocks: " + code.tagName());
                inline++;
            }
            assertTrue(page.select("[style], [onclick], [onload]").isEmpty(), path + " has inline style or handlers");
        }
        assertTrue(inline >= 2 * site.readerPages().size() - 4, inline + " inline blocks checked");
    }

    @Test
    void everyPageDeclaresTheSamePolicyFirstInItsHeadAndTheHeaderAddsOnlyWhatAMetaCannotCarry() {
        Matcher csp = Pattern.compile("Content-Security-Policy: (.*)").matcher(site.text("_headers"));
        assertTrue(csp.find());
        String header = csp.group(1);
        String declared = null;
        for (String path : site.htmlPages().stream().filter(p -> !p.startsWith(AdminFiles.FOLDER + "/")).toList()) { // the editor has its own
            List<Element> head = site.page(path).head().children();
            assertEquals("utf-8", head.get(0).attr("charset"), path);
            Element meta = head.get(1);
            assertEquals("Content-Security-Policy", meta.attr("http-equiv"), path + ": the policy is first after the charset");
            assertTrue(declared == null || declared.equals(meta.attr("content")), path + " declares another policy");
            declared = meta.attr("content");
        }
        assertEquals(header, declared + "; frame-ancestors 'none'");
        assertFalse(declared.contains("frame-ancestors") || declared.contains("report-uri"), "nothing a meta cannot carry");
    }

    @Test
    void aTemplateThatInlinesCodeThePolicyDoesNotAllowStopsTheBuild() throws IOException {
        Path project = TestSites.newFixtureProject();
        TestSites.replaceIn(project.resolve("templates/page.ftl"), "<@layout.page/>",
                "<#macro head_extra><script>document.title = 'x';</script></#macro>\n<@layout.page/>");
        List<String> problems = TestSites.failingBuild(project).stream().map(p -> p.format()).toList();
        assertTrue(problems.contains("output about.html: this page has inline script or style that its Content Security"
                + " Policy does not allow — templates inline only the stylesheet and files of assets/inline/"
                + " (assets.inline(\"name\")), after <@head.security_policy path=path/>: move other code there, or to a file"
                + " in assets/js/ or assets/css/"), problems.toString());
    }

    @Test
    void oldAddressesRedirectToTheNewPage() {
        assertEquals("/which-therapist/old/markdown.html /which-therapist/articles/markdown-features.html 301\n",
                site.text("_redirects"));
        Document redirect = site.page("old/markdown.html");
        assertEquals("0; url=../articles/markdown-features.html",
                redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(SUB_PATH_SITE + "articles/markdown-features.html", redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../articles/markdown-features.html", redirect.selectFirst("a").attr("href"));
        assertTrue(site.exists(".nojekyll"));
    }

    @Test
    void anOldAddressThatIsARealPageOrOutsideTheSiteIsRefused() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path file = project.resolve("content/articles/markdown-features.md");
        TestSites.replaceIn(file, "aliases: [old/markdown.html]", "aliases: [about.html, ../escape.html]");
        List<String> messages = TestSites.failingBuild(project).stream().map(p -> p.format()).toList();
        assertEquals(List.of("content/articles/markdown-features.md:9: the old address '../escape.html' is not a page "
                + "address on this site — write it relative to the site, lower case, ending in .html, e.g. "
                + "articles/old-name.html", "content/articles/markdown-features.md:9: the old address 'about.html' is "
                + "the address of a page that exists — remove it from aliases"), messages);
    }

    @Test
    void everyTextFileHasAGzipCopyWithTheSameContent() throws IOException {
        List<String> text = site.files().stream()
                .filter(f -> f.matches(".*\\.(html|css|js|json|xml|txt|svg)")).toList();
        assertTrue(text.size() > 20);
        for (String file : text) {
            if (Files.size(site.output().resolve(file)) < 1024) {
                assertFalse(site.exists(file + ".gz"), file + " is too small to gain from a copy");
                continue;
            }
            assertTrue(site.exists(file + ".gz"), file + ".gz");
            byte[] original = Files.readAllBytes(site.output().resolve(file));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                    Files.readAllBytes(site.output().resolve(file + ".gz"))))) {
                assertArrayEquals(original, in.readAllBytes(), file);
            }
            assertTrue(site.exists(file + ".br"), file + ".br (Brotli runs on this machine)");
        }
    }

    @Test
    void packagingAlsoWritesAZipOfTheWholeSiteStoringWhatIsCompressedAlready() throws IOException {
        Path zip = SiteArchive.archiveOf(site.output());
        List<String> entries = new ArrayList<>();
        int stored = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                assertArrayEquals(Files.readAllBytes(site.output().resolve(entry.getName())), in.readAllBytes(),
                        entry.getName());
                boolean compressed = entry.getName().matches(".*\\.(png|jpe?g|webp|gz|br)");
                assertEquals(compressed ? ZipEntry.STORED : ZipEntry.DEFLATED, entry.getMethod(), entry.getName());
                stored += compressed ? 1 : 0;
            }
        }
        assertEquals(site.files(), entries);
        assertTrue(stored > 10, stored + " entries stored as they are (.gz, .br, pictures)");
        assertNotNull(URI.create(SUB_PATH_SITE));
    }
}
