package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.Problem;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.preview.PreviewSite;
import org.yaml.snakeyaml.Yaml;

/**
 * Placeholders are fine for the preview and for builds for example.com, never for a real address: a
 * build for one is refused with one message per placeholder, each at its file and line; the same list
 * is what the preview's "not ready to publish" bar and {@code exec:java@ready} show.
 */
class PublishReadinessTest {
    private static final String REAL_HOST = "https://owner.github.io/which-therapist/";
    private static final String PEOPLE = "content/_data/people.yml";
    private static final String OWNER = "content/_data/site-owner.yml";

    private static void forRealAddress(Path project) {
        TestSites.replaceIn(project.resolve("jbake.properties"), "site.host=https://www.example.com/",
                "site.host=" + REAL_HOST);
    }

    private static List<String> places(List<Problem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line()).toList();
    }

    /** Where the shipped files hold a placeholder, read from the files themselves. */
    private static List<String> placeholdersIn(Path project) throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> settings = Files.readAllLines(project.resolve("jbake.properties"));
        for (String key : List.of("site.contact.email=", "site.contact.phone=")) {
            for (int i = 0; i < settings.size(); i++) {
                String value = settings.get(i).startsWith(key) ? settings.get(i).substring(key.length()) : null;
                if (value != null && (value.contains("@example.") || value.replace(" ", "").startsWith("07700900"))) {
                    expected.add("jbake.properties:" + (i + 1));
                }
            }
        }
        List<String> people = Files.readAllLines(project.resolve(PEOPLE));
        List<Map<String, Object>> records = new Yaml().load(Files.readString(project.resolve(PEOPLE)));
        records.forEach(fields -> {
            if (Boolean.TRUE.equals(fields.get("placeholder"))) {
                expected.add(PEOPLE + ":" + (people.indexOf("- id: " + fields.get("id")) + 1));
            }
        });
        List<String> owner = Files.readAllLines(project.resolve(OWNER));
        if (owner.contains("placeholder: true")) {
            expected.add(OWNER + ":" + (owner.indexOf("placeholder: true") + 1));
        }
        return expected.stream().sorted(java.util.Comparator.comparing((String s) -> s.substring(0, s.lastIndexOf(':')))
                .thenComparingInt(s -> Integer.parseInt(s.substring(s.lastIndexOf(':') + 1)))).toList();
    }

    @Test
    void theShippedPlaceholdersStopABuildForARealAddressWithOneMessageEach() throws IOException {
        Path project = TestSites.newRealProject();
        forRealAddress(project);
        List<String> expected = placeholdersIn(project);
        assertTrue(expected.size() >= 4, "the shipped site has placeholders: " + expected);
        List<Problem> problems = TestSites.failingBuild(project);
        assertEquals(expected, places(problems), problems.toString());
        problems.forEach(p -> assertTrue(p.fix().endsWith("(docs/writing.md, \"Before you publish\")"), p.format()));
    }

    @Test
    void filledInTheSiteBuildsForItsRealAddress() throws IOException {
        Path project = TestSites.newFixtureProject();
        forRealAddress(project);
        fillIn(project);
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertEquals(List.of(), site.report().notReady());
        assertTrue(site.page("index.html").selectFirst("footer").text().contains("hello@whichtherapist.org.uk"));
    }

    private static void fillIn(Path project) {
        TestSites.fillInPlaceholders(project);
    }

    @Test
    void aRealPersonWithAnExampleEmailOrADramaNumberAndAMissingOwnerFileAreEachNamed() throws IOException {
        Path project = TestSites.newFixtureProject();
        forRealAddress(project);
        fillIn(project);
        TestSites.replaceIn(project.resolve(PEOPLE), "sam@whichtherapist.org.uk", "sam@example.org");
        TestSites.replaceIn(project.resolve(PEOPLE), "0113 765 4321", "+44 7700 900456");
        Files.delete(project.resolve(OWNER));
        List<String> lines = Files.readAllLines(project.resolve(PEOPLE));
        int email = lines.indexOf("  email: sam@example.org") + 1;
        assertEquals(List.of(
                PEOPLE + ":" + email + ": 'sam-example' has the example email address sam@example.org — write their real"
                        + " email address (docs/writing.md, \"Before you publish\")",
                PEOPLE + ":" + (email + 1) + ": 'sam-example' has the made-up phone number +44 7700 900456 — write their"
                        + " real phone number, or delete the line (docs/writing.md, \"Before you publish\")",
                OWNER + ": the site says nowhere who runs it, who pays for it and how its pages are checked — create this"
                        + " file from the one in git (git checkout -- " + OWNER + ") and fill it in (docs/writing.md,"
                        + " \"Before you publish\")"),
                TestSites.failingBuild(project).stream().map(Problem::format).toList());
    }

    @Test
    void aMadeUpPersonsNameTypedIntoAPageIsRefusedAtItsLineEvenOnceTheRecordIsFilledIn() throws IOException {
        Path project = TestSites.newFixtureProject();
        forRealAddress(project);
        Path about = project.resolve("content/pages/about.md");
        TestSites.replaceIn(about, "This page has no health content.",
                "This page has no health content.\n\nOur pages are checked by Sam Example, a physio.");
        int line = Files.readAllLines(about).indexOf("Our pages are checked by Sam Example, a physio.") + 1;
        String problem = "content/pages/about.md:" + line + ": 'Sam Example' is a made-up person (placeholder: true in "
                + PEOPLE + "), named in this page's own words — write the real person's name, or say who they are"
                + " without naming them and link to the editorial policy, which lists the reviewers from " + PEOPLE
                + " (docs/writing.md, \"Before you publish\")";
        assertTrue(TestSites.failingBuild(project).stream().map(Problem::format).toList().contains(problem));
        fillIn(project);
        assertEquals(List.of(), TestSites.build(project, BuildMode.PUBLISH).report().notReady(),
                "a real person's name may be written");
    }

    @Test
    void thePreviewForgetsATypedMadeUpNameOnceItsRecordIsFilledIn() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path about = project.resolve("content/pages/about.md");
        TestSites.replaceIn(about, "This page has no health content.",
                "This page has no health content.\n\nOur pages are checked by Sam Example, a physio.");
        PreviewSite preview = new PreviewSite();
        BuildOptions options = new BuildOptions(project, project.resolve("target/preview"), BuildMode.PREVIEW,
                TestSites.FIXTURE_TODAY);
        assertTrue(preview.build(options).notReady().stream().anyMatch(p -> p.file().equals("content/pages/about.md")),
                "the page naming a made-up person is not ready");
        fillIn(project);
        assertEquals(List.of(), preview.build(options).notReady().stream()
                .filter(p -> p.file().equals("content/pages/about.md")).toList(),
                "the same preview, unchanged page: the name is now a real person's");
    }

    @Test
    void forAnExampleAddressThePlaceholdersAreReportedNotRefused() {
        Path project = TestSites.newFixtureProject();
        BuiltSite site = TestSites.build(project, BuildMode.PUBLISH);
        assertEquals(List.of("content/_data/people.yml:2", "content/_data/people.yml:12", "content/_data/people.yml:25",
                OWNER + ":6",
                "jbake.properties:13", "jbake.properties:14"), places(site.report().notReady()));
        BuiltSite preview = TestSites.build(project, BuildMode.PREVIEW);
        assertEquals(site.report().notReady(), preview.report().notReady(), "the preview's bar lists the same");
    }

    @Test
    void theReadyCommandPrintsTheSameListAndFailsUntilItIsFilledIn() throws IOException {
        Path project = TestSites.newFixtureProject();
        forRealAddress(project);
        List<String> refused = TestSites.failingBuild(project).stream().map(Problem::format).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, Main.run(new String[] {"ready", "--source", project.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        List<String> printed = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  "))
                .map(String::strip).toList();
        assertEquals(refused, printed, "exactly what the build for that address refuses");

        fillIn(project);
        assertEquals(0, Main.run(new String[] {"ready", "--source", project.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Ready to publish"), out.toString(StandardCharsets.UTF_8));
    }
}
