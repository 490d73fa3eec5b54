package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.publish.EditorRelease;
import org.yaml.snakeyaml.Yaml;

/**
 * The editor at admin/ in Chromium, with the copy of its pinned release that scripts/fetch-editor.sh
 * keeps (Chromium checks its integrity hash; nothing is downloaded). The generated configuration is
 * used as built, with one change: its backend is the editor's own in-browser test repository (files in
 * the browser's private storage), seeded with the project's content, in place of GitHub. The editor
 * loads with no script error and no breach of its Content Security Policy and lists every collection;
 * an article written through its form, saved by its own code, builds without a problem and is published.
 */
class EditorBrowserTest {
    private static final String ERRORS = """
            window.__editorErrors = [];
            const keep = (what) => window.__editorErrors.push(String(what).slice(0, 500));
            const error = console.error.bind(console);
            console.error = (...args) => { keep(args.join(' ')); error(...args); };
            window.addEventListener('error', e => keep(e.message));
            window.addEventListener('unhandledrejection', e => keep(e.reason));
            document.addEventListener('securitypolicyviolation', e => keep('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
            """;

    @Test
    void theEditorListsEveryCollectionAndAnArticleItWritesIsBuiltAndPublished() throws Exception {
        Path kept = TestSites.PROJECT.resolve("target/editor/" + EditorRelease.pinned().version() + "/sveltia-cms.js");
        assertTrue(Files.isRegularFile(kept), "No copy of the editor's script at " + kept + ": run bash scripts/fetch-editor.sh"
                + " (mvn verify runs it before the tests)");
        Path project = projectCopy();
        Files.createDirectories(project.resolve("assets/admin"));
        Files.copy(kept, project.resolve("assets/admin/sveltia-cms.js")); // served from admin/, as site.admin.script says
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH, Clock.systemUTC(), project.resolve("target/site"));
        Path config = site.output().resolve("admin/config.yml");
        String generated = Files.readString(config);
        Files.writeString(config, generated.replaceFirst("(?m)^  name: github$", "  name: test-repo"));
        ServedSite served = ServedSite.folder("editor", site.output());

        ChromeDriver browser = Browser.driver();
        Browser.viewport(Browser.DESKTOP_WIDTH, 2400);
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERRORS));
        try {
            browser.get(served.url("admin/index.html"));
            seedTestRepository(browser, project);
            waitFor(() -> !browser.findElements(By.xpath("//button[contains(., 'Test Repository')]")).isEmpty(), "sign-in");
            browser.findElement(By.xpath("//button[contains(., 'Test Repository')]")).click();
            for (String label : collectionLabels(generated)) {
                waitFor(() -> text(browser).contains(label), "the collection " + label);
            }
            String file = writeArticle(browser);
            assertEquals(List.of(), Browser.run("return window.__editorErrors;"), "the editor's errors");
            assertEquals(List.of(), served.headers().violations(), "the editor broke its Content Security Policy");

            String name = file.substring(file.lastIndexOf('/') + 1);
            assertEquals("content/articles/" + name, file);
            String saved = (String) browser.executeAsyncScript(READ_FILE, "sveltia-cms-test/" + file);
            assertTrue(saved.startsWith("---\ntitle: \"Knee pain after running: what's normal?\"\ntype: article\n"
                    + "status: published\n"), saved);
            Files.writeString(project.resolve(file), saved, StandardCharsets.UTF_8);
            BuiltSite rebuilt = TestSites.build(project, BuildMode.PUBLISH, Clock.systemUTC(), project.resolve("target/site"));
            String page = "articles/" + name.replace(".md", ".html");
            // the one warning a nine-word article may get is the owner's preferred length
            assertEquals(List.of(), rebuilt.report().warnings().stream().filter(w -> w.file().equals(file))
                    .filter(w -> !w.message().startsWith("this article has")).toList());
            assertEquals("Knee pain after running: what's normal?", rebuilt.page(page).selectFirst("h1").text());
            assertTrue(rebuilt.page(page).text().contains("Most knee pain after a run settles with rest."));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    ((Map<?, ?>) script).get("identifier")));
            Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        }
    }

    /** The project's content, templates, assets, settings and guide, loading the editor's script from admin/. */
    private static Path projectCopy() throws IOException {
        Path project = TestSites.scratch("editor");
        for (String folder : List.of("content", "templates", "assets", "docs")) {
            PathUtils.copyDirectory(TestSites.PROJECT.resolve(folder), project.resolve(folder));
        }
        Files.copy(TestSites.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        TestSites.appendTo(project.resolve("jbake.properties"), "\nsite.admin.script=sveltia-cms.js\n");
        return project;
    }

    @SuppressWarnings("unchecked")
    private static List<String> collectionLabels(String config) {
        Map<String, Object> yaml = new Yaml().load(config);
        return ((List<Map<String, Object>>) yaml.get("collections")).stream().map(c -> (String) c.get("label")).toList();
    }

    /** Puts every file under content/ into the test repository, the browser's private storage the editor reads. */
    private static void seedTestRepository(ChromeDriver browser, Path project) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|yml)$")).toList()) {
                files.put(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        Object result = browser.executeAsyncScript("""
                const [files, done] = arguments;
                (async () => {
                  const root = await navigator.storage.getDirectory();
                  const top = await root.getDirectoryHandle('sveltia-cms-test', {create: true});
                  for (const [path, text] of Object.entries(files)) {
                    let dir = top;
                    const parts = path.split('/');
                    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
                    const writable = await (await dir.getFileHandle(parts[parts.length - 1], {create: true})).createWritable();
                    await writable.write(text);
                    await writable.close();
                  }
                  return 'seeded';
                })().then(done, e => done(String(e)));
                """, files);
        assertEquals("seeded", result);
    }

    private static final String READ_FILE = """
            const [path, done] = arguments;
            (async () => {
              let dir = await navigator.storage.getDirectory();
              const parts = path.split('/');
              for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
              return await (await (await dir.getFileHandle(parts[parts.length - 1])).getFile()).text();
            })().then(done, e => done(String(e)));
            """;

    /**
     * Picks {@code value} in a field of choices as the owner would: the editor shows a few as radio buttons or
     * check boxes, and more (people.yml and sources.yml grow) as a list to open.
     */
    private static void choose(ChromeDriver browser, String name, String value) {
        List<WebElement> buttons = browser.findElements(By.cssSelector(field(name) + " [role=radio][value=" + value
                + "], " + field(name) + " [role=checkbox][value=" + value + "]"));
        if (!buttons.isEmpty()) {
            buttons.get(0).click();
            return;
        }
        WebElement list = browser.findElement(By.cssSelector(field(name) + " [role=combobox]"));
        list.click();
        WebElement option = browser.findElement(By.xpath("//*[@id='" + list.getAttribute("id") + "-listbox']"
                + "//*[@role='option'][contains(., '(" + value + ")')]"));
        // The list can reach past the window's edge: scroll to the option, as the owner would.
        new Actions(browser).scrollToElement(option).perform();
        option.click();
        browser.findElement(By.cssSelector(field("summary") + " input")).click(); // closes the list
    }

    /** Fills the new-article form as the owner would, saves it, and returns the path of the file it wrote. */
    private static String writeArticle(ChromeDriver browser) throws InterruptedException {
        String before = (String) browser.executeAsyncScript(LIST_ARTICLES);
        browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#/collections/articles/new");
        waitFor(() -> !browser.findElements(By.cssSelector(field("title") + " input")).isEmpty(), "the form");
        browser.findElement(By.cssSelector(field("title") + " input")).sendKeys("Knee pain after running: what's normal?");
        browser.findElement(By.cssSelector(field("status") + " [role=radio][value=published]")).click();
        clickButton(browser, field("reviewed"), "Today");
        choose(browser, "author", "jo-example");
        choose(browser, "reviewer", "sam-example");
        browser.findElement(By.cssSelector(field("care") + " [role=radio][value=urgent]")).click();
        browser.findElement(By.cssSelector(field("summary") + " input"))
                .sendKeys("When knee pain after a run is usual, and when to get it checked.");
        browser.findElement(By.cssSelector(field("disciplines") + " [role=checkbox][value=physiotherapist]")).click();
        choose(browser, "sources", "nhs-physiotherapy");
        WebElement body = browser.findElement(By.cssSelector(field("body") + " [contenteditable=true]"));
        body.click();
        body.sendKeys("Most knee pain after a run settles with rest.");
        Thread.sleep(300);
        browser.findElement(By.xpath("//button[normalize-space(.)='Save']")).click();
        String[] written = new String[1];
        waitFor(() -> {
            String now = (String) browser.executeAsyncScript(LIST_ARTICLES);
            written[0] = Stream.of(now.split("\n")).filter(f -> !before.contains(f + "\n")).findFirst().orElse(null);
            return written[0] != null;
        }, "the saved file");
        return written[0];
    }

    private static final String LIST_ARTICLES = """
            const done = arguments[0];
            (async () => {
              const root = await navigator.storage.getDirectory();
              const top = await root.getDirectoryHandle('sveltia-cms-test');
              const content = await top.getDirectoryHandle('content');
              const articles = await content.getDirectoryHandle('articles');
              let names = '';
              for await (const name of articles.keys()) {
                if (name.endsWith('.md')) names += 'content/articles/' + name + '\\n'; // not a write's .crswap
              }
              return names;
            })().then(done, e => done(String(e)));
            """;

    private static String field(String name) {
        return "section.field[data-key-path='" + name + "']";
    }

    private static void clickButton(ChromeDriver browser, String section, String text) {
        browser.findElement(By.xpath("//section[@data-key-path='" + section.replaceAll(".*'(.*)'.*", "$1")
                + "' and contains(@class, 'field')]//button[contains(., '" + text + "')]")).click();
    }

    private static String text(ChromeDriver browser) {
        return (String) Browser.run("return document.body.innerText;");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 20 s for " + what);
    }
}
