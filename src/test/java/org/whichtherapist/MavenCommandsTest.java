package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The commands the owner types, run through Maven as the owner runs them (offline, from the local
 * repository): a refused build or page prints the owner's list and one line saying it stopped, not
 * Maven's failure banner, stack or help text.
 */
class MavenCommandsTest {
    private static Path project;

    /** The fixture site as a Maven project of its own, with the project's build and Maven settings (.mvn). */
    private static Path mavenProject() throws IOException {
        Path copy = TestSites.newFixtureProject();
        Files.copy(TestSites.PROJECT.resolve("pom.xml"), copy.resolve("pom.xml"));
        Files.createDirectories(copy.resolve("src"));
        Files.createDirectories(copy.resolve("target"));
        PathUtils.copyDirectory(TestSites.PROJECT.resolve(".mvn"), copy.resolve(".mvn"));
        PathUtils.copyDirectory(TestSites.PROJECT.resolve("src/main"), copy.resolve("src/main"));
        PathUtils.copyDirectory(TestSites.PROJECT.resolve("src/preview"), copy.resolve("src/preview"));
        PathUtils.copyDirectory(TestSites.PROJECT.resolve("content/_templates"), copy.resolve("content/_templates"));
        // The classes the test run already compiled, so Maven has nothing to compile again.
        PathUtils.copyDirectory(TestSites.PROJECT.resolve("target/classes"), copy.resolve("target/classes"));
        return copy;
    }

    @BeforeAll
    static void copyTheProject() throws IOException {
        project = mavenProject();
        Files.writeString(project.resolve("content/articles/broken-link.md"), """
                ---
                title: A post with a broken link
                type: article
                status: published
                date: 2026-01-01
                reviewed: 2026-01-01
                summary: It links to a page that is not there.
                sources: [hcpc-register]
                author: jo-example
                reviewer: sam-example
                care: urgent
                ---

                See the [physio page](../disciplines/physio.md).
                """);
    }

    @Test
    void aRefusedBuildPrintsTheProblemsAndOneLineMore() throws Exception {
        Result result = maven("package", "-DskipTests");

        assertEquals(1, result.exit(), result.output());
        List<String> lines = result.lines();
        int problem = lastIndexContaining(lines, "content/articles/broken-link.md:14: the link to '../disciplines/physio.md'");
        assertTrue(problem >= 0, result.output());
        List<String> after = lines.subList(problem + 1, lines.size());
        assertTrue(after.size() <= 2, "more than two lines after the problems:\n" + String.join("\n", after));
        assertEquals("Stopped: fix the problems above and run the command again.", after.get(0));
        assertFalse(result.output().contains("[ERROR]"), result.output());
        assertFalse(result.output().contains("BUILD FAILURE"), result.output());
    }

    /** Maven and its plugins print only warnings and errors (.mvn/jvm.config): the owner sees the build's own lines. */
    @Test
    void aGoodBuildPrintsTheBuildsSummaryAndNothingOfMavens() throws Exception {
        Path good = mavenProject();
        Result result = maven(good, "package", "-DskipTests");

        assertEquals(0, result.exit(), result.output());
        List<String> lines = result.lines();
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("[")), "Maven's own lines:\n" + result.output());
        // the summary (after any warnings, which depend on the day: fixture pages fall due for review)
        assertTrue(lines.get(lines.size() - 2).startsWith("Built "), result.output());
    }

    @Test
    void aSettingGivenToMavenReachesTheBuildInItsOwnJvm() throws Exception {
        Result result = maven("package", "-DskipTests", "-Dsite.host=not-an-address");

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("the command line (-Dsite.host=...): 'site.host' is 'not-an-address', which is"
                        + " not a full web address"),
                result.output());
        assertEquals("Stopped: fix the problems above and run the command again.",
                result.lines().get(result.lines().size() - 1));
        assertFalse(result.output().contains("[ERROR]"), result.output());
        try (java.util.stream.Stream<Path> archives = Files.list(project.resolve("target/cds"))) {
            assertTrue(archives.anyMatch(p -> p.getFileName().toString().endsWith(".jsa")),
                    "the first build made its class-data archive in target/cds");
        }
    }

    @Test
    void aNewPageWithNoTitleOrAnExistingNameSaysWhatToDo() throws Exception {
        Result noTitle = maven("-q", "exec:java@new", "-Dtitle=");
        assertEquals(1, noTitle.exit(), noTitle.output());
        assertTrue(noTitle.output().startsWith("Nothing was created."), noTitle.output());
        assertFalse(noTitle.output().contains("[ERROR]"), noTitle.output());
        assertEquals("Stopped: fix the problem above and run the command again.", noTitle.lines().get(noTitle.lines().size() - 1));

        Result first = maven("-q", "exec:java@new", "-Dtitle=Knee pain");
        assertEquals(0, first.exit(), first.output());
        assertTrue(Files.exists(project.resolve("content/articles/knee-pain.md")), first.output());
        Result again = maven("-q", "exec:java@new", "-Dtitle=Knee pain");
        assertEquals(1, again.exit(), again.output());
        assertTrue(again.output().contains("content/articles/knee-pain.md"), again.output());
        assertFalse(again.output().contains("[ERROR]"), again.output());
    }

    /** {@code mvn jetty:run} as the README gives it: a few lines, one of them the address to open, then the site is served. */
    @Test
    void thePreviewPrintsAtMostFifteenLinesBeforeItServesOneOfThemTheAddress() throws Exception {
        Path good = mavenProject();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = List.of(Maven.command(), "-o", "-ntp", "-Dmaven.repo.local=" + Maven.LOCAL_REPOSITORY,
                "-Dstyle.color=never", "-Djetty.http.port=" + port, "jetty:run");
        Process preview = new ProcessBuilder(command).directory(good.toFile()).redirectErrorStream(true).start();
        List<String> printed = new ArrayList<>();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8))) {
            String address = "http://localhost:" + port + "/";
            String line;
            while ((line = out.readLine()) != null) {
                printed.add(line.replaceAll("\u001B\\[[0-9;]*m", ""));
                if (line.contains(address)) {
                    break;
                }
            }
            assertTrue(printed.stream().anyMatch(l -> l.contains("Open " + address)), String.join("\n", printed));
            assertTrue(printed.size() <= 15, printed.size() + " lines:\n" + String.join("\n", printed));
            // The line comes as the site is handed to Jetty, a moment before Jetty opens its port.
            int status = 0;
            for (int tries = 0; tries < 120 && status == 0; tries++) {
                try {
                    status = java.net.http.HttpClient.newHttpClient().send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.net.ConnectException notYet) {
                    Thread.sleep(250);
                }
            }
            assertEquals(200, status, "the address it printed serves the site");
        } finally {
            preview.descendants().forEach(ProcessHandle::destroy);
            preview.destroy();
            preview.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int lastIndexContaining(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private record Result(int exit, String output) {
        List<String> lines() {
            return Arrays.stream(output.strip().split("\\R")).toList();
        }
    }

    private static Result maven(String... goals) throws IOException, InterruptedException {
        return maven(project, goals);
    }

    private static Result maven(Path project, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Maven.command(), "-B", "-o", "-ntp",
                "-Dmaven.repo.local=" + Maven.LOCAL_REPOSITORY, "-Dstyle.color=never"));
        command.addAll(List.of(goals));
        Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        // Maven's console colours reset codes even in batch mode; the owner does not see them as text.
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("\u001B\\[[0-9;]*m", "");
        assertTrue(maven.waitFor(3, TimeUnit.MINUTES), "mvn did not finish");
        return new Result(maven.exitValue(), output);
    }
}
