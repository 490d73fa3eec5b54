package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The two GitHub workflows, read as GitHub reads them. deploy.yml publishes with the owner's own
 * build ({@code mvn package}: every check the build makes, no test suite), on push and every day (so
 * future-dated posts appear on their day); check.yml runs the test suite ({@code .ci/run}, i.e.
 * {@code mvn verify}) on pushes and pull requests that change the generator, never for content
 * alone. Both ask for no more rights than they need and use actions pinned to a release.
 * scripts/rehearse-github-build.sh runs their commands; this test keeps them in the one-line form
 * that script reads.
 */
class WorkflowFileTest {
    private static final String DEPLOY = ".github/workflows/deploy.yml";
    private static final String CHECK = ".github/workflows/check.yml";
    private static final String SOURCES = ".github/workflows/check-sources.yml";
    private static final List<String> WORKFLOWS = List.of(DEPLOY, CHECK, SOURCES);
    private static Map<String, Map<String, Object>> workflows;

    @BeforeAll
    static void read() throws IOException {
        workflows = new java.util.HashMap<>();
        for (String file : WORKFLOWS) {
            Map<String, Object> workflow = new Yaml().load(Files.readString(TestSites.PROJECT.resolve(file)));
            assertNotNull(workflow, file + " is empty");
            workflows.put(file, workflow);
        }
    }

    @Test
    void publishingRunsOnPushToMainByHandAndEveryDay() {
        Map<String, Object> on = on(DEPLOY);
        assertEquals(List.of("main"), map(on.get("push"), "on.push").get("branches"));
        assertFalse(map(on.get("push"), "on.push").containsKey("paths"), "every push to main publishes");
        assertTrue(on.containsKey("workflow_dispatch"), "no workflow_dispatch");
        String[] cron = cron(on);
        assertEquals(List.of("*", "*", "*"), List.of(cron[2], cron[3], cron[4]), "every day");
    }

    /** The workflow's cron line, split into its five fields; it must have exactly one, at a fixed minute and hour. */
    private static String[] cron(Map<String, Object> on) {
        List<Map<String, Object>> schedule = list(on.get("schedule"), "on.schedule");
        assertEquals(1, schedule.size(), "one schedule");
        String[] cron = String.valueOf(schedule.get(0).get("cron")).trim().split("\\s+");
        assertEquals(5, cron.length, "a cron line has five fields");
        assertTrue(cron[0].matches("\\d+") && cron[1].matches("\\d+"), "a fixed minute and hour");
        return cron;
    }

    @Test
    void theSourcesAreCheckedEveryWeekByTheCheckSourcesCommand() {
        Map<String, Object> on = on(SOURCES);
        assertTrue(on.containsKey("workflow_dispatch"), "it can be run by hand");
        String[] cron = cron(on);
        assertEquals(List.of("*", "*"), List.of(cron[2], cron[3]), "any day of the month, every month");
        assertTrue(cron[4].matches("[0-6]"), "one day of the week: " + cron[4]);
        assertEquals(1, jobs(SOURCES).size(), "one job");
        String job = jobs(SOURCES).keySet().iterator().next();
        assertEquals(List.of("mvn -B -q compile exec:java@check-sources"), runCommands(SOURCES, job));
    }

    @Test
    void publishingBuildsWithTheOwnersCommandAndNoTestSuite() {
        List<String> commands = runCommands(DEPLOY, "build");
        String address = "-Dsite.host=${{ steps.pages.outputs.base_url }}/";
        assertEquals(List.of("mvn -B -q compile exec:java@ready " + address), commands.subList(0, 1),
                "an unconfigured copy stops at once with the list of placeholders, for the address it would publish to");
        assertEquals(2, commands.size(), commands.toString());
        assertTrue(commands.get(1).startsWith("mvn -B package " + address), commands.get(1));
        for (String job : jobs(DEPLOY).keySet()) {
            for (String command : runCommands(DEPLOY, job)) {
                assertFalse(command.contains(".ci/run") || command.contains("verify"), job + " runs the tests: " + command);
            }
        }
    }

    @Test
    void theTestSuiteRunsForChangesToTheGeneratorAndNotForContentAlone() {
        assertEquals(List.of("bash .ci/run"), runCommands(CHECK, "verify"));
        Map<String, Object> on = on(CHECK);
        assertTrue(on.containsKey("workflow_dispatch"), "no workflow_dispatch");
        for (String event : List.of("push", "pull_request")) {
            @SuppressWarnings("unchecked")
            List<String> paths = (List<String>) map(on.get(event), "on." + event).get("paths");
            assertNotNull(paths, event + " has no paths filter");
            for (String changed : List.of("src/main/java/org/whichtherapist/Main.java", "src/test/java/X.java",
                    "templates/article.ftl", "templates/components/byline.ftl", "assets/css/site.css", "pom.xml",
                    ".ci/run", ".github/workflows/deploy.yml")) {
                assertTrue(matchesAny(paths, changed), event + " does not run the tests for a change to " + changed);
            }
            for (String changed : List.of("content/articles/knee-pain.md", "content/_data/sources.yml",
                    "content/articles/img/knee.jpg", "docs/writing.md", "README.md")) {
                assertFalse(matchesAny(paths, changed), event + " runs the tests for a change to " + changed);
            }
        }
        assertEquals(List.of("main"), map(on.get("push"), "on.push").get("branches"));
    }

    @Test
    void everyCommandIsOneLineSoTheRehearsalCanRunIt() {
        for (String file : WORKFLOWS) {
            for (String job : jobs(file).keySet()) {
                runCommands(file, job).forEach(command -> assertFalse(command.contains("\n"), file + " " + job + ": " + command));
            }
        }
    }

    @Test
    void everyActionIsPinnedToAMajorVersionOrACommit() {
        for (String file : WORKFLOWS) {
            int actions = 0;
            for (String job : jobs(file).keySet()) {
                for (Map<String, Object> step : steps(file, job)) {
                    if (step.get("uses") instanceof String uses) {
                        assertTrue(uses.matches("[\\w.-]+/[\\w.-]+@(v\\d+|[0-9a-f]{40})"), file + " " + job + " uses " + uses);
                        actions++;
                    }
                }
            }
            assertTrue(actions >= 2, file + ": the workflow's actions were not read");
        }
    }

    @Test
    void eachAsksForTheLeastItNeeds() {
        for (String file : WORKFLOWS) {
            assertEquals(Map.of("contents", "read"), workflows.get(file).get("permissions"), file + ": read-only by default");
            for (String job : jobs(file).keySet()) {
                assertFalse("write-all".equals(jobs(file).get(job).get("permissions")), file + " " + job);
            }
        }
        assertFalse(jobs(DEPLOY).get("build").containsKey("permissions"), "the build job needs only to read");
        assertFalse(jobs(CHECK).get("verify").containsKey("permissions"), "the tests need only to read");
        assertEquals(Map.of("pages", "write", "id-token", "write"), jobs(DEPLOY).get("deploy").get("permissions"),
                "publishing to Pages needs exactly these");
        assertEquals(List.of("build"), List.of(jobs(DEPLOY).get("deploy").get("needs")), "it publishes only what passed");
    }

    /** GitHub's path filters: {@code **} any folders, {@code *} any characters but '/'. */
    private static boolean matchesAny(List<String> globs, String path) {
        return globs.stream().anyMatch(glob -> Pattern.compile(regex(glob)).matcher(path).matches());
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (glob.charAt(i) == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i))));
            }
        }
        return regex.toString();
    }

    private static Map<String, Object> on(String file) {
        // YAML 1.1 reads the key `on` as the boolean true.
        Map<String, Object> workflow = workflows.get(file);
        return map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true), file + ": on");
    }

    private static Map<String, Map<String, Object>> jobs(String file) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) (Map<String, ?>)
                map(workflows.get(file).get("jobs"), file + ": jobs");
        return jobs;
    }

    private static List<Map<String, Object>> steps(String file, String job) {
        return list(jobs(file).get(job).get("steps"), file + ": " + job + ".steps");
    }

    private static List<String> runCommands(String file, String job) {
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : steps(file, job)) {
            if (step.get("run") instanceof String run) {
                commands.add(run.strip());
            }
        }
        return commands;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String name) {
        assertTrue(value instanceof Map, name + " is not a mapping");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value, String name) {
        assertTrue(value instanceof List, name + " is not a list");
        return (List<Map<String, Object>>) value;
    }
}
