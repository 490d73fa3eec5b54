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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Pages workflow, read as GitHub reads it: it publishes on push and every day (so
 * future-dated posts appear on their day), runs the same checks as CI, asks for no more rights
 * than it needs, and uses actions pinned to a release. scripts/rehearse-github-build.sh runs its
 * commands; this test keeps them in the one-line form that script reads. The weekly source check
 * (check-sources.yml) is read the same way.
 */
class WorkflowFileTest {
    private static final String FILE = ".github/workflows/deploy.yml";
    private static final String SOURCES_FILE = ".github/workflows/check-sources.yml";
    private static Map<String, Object> workflow;
    private static Map<String, Object> sources;

    @BeforeAll
    static void read() throws IOException {
        workflow = new Yaml().load(Files.readString(TestSites.PROJECT.resolve(FILE)));
        assertNotNull(workflow, FILE + " is empty");
        sources = new Yaml().load(Files.readString(TestSites.PROJECT.resolve(SOURCES_FILE)));
        assertNotNull(sources, SOURCES_FILE + " is empty");
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

    /** The workflow's triggers ({@code on}, which YAML 1.1 reads as the boolean true). */
    private static Map<String, Object> on(Map<String, Object> file) {
        return map(file.containsKey("on") ? file.get("on") : file.get(true), "on");
    }

    @Test
    void itRunsOnPushToMainByHandAndEveryDay() {
        Map<String, Object> on = on(workflow);
        assertEquals(List.of("main"), map(on.get("push"), "on.push").get("branches"));
        assertTrue(on.containsKey("workflow_dispatch"), "no workflow_dispatch");
        String[] cron = cron(on);
        assertEquals(List.of("*", "*", "*"), List.of(cron[2], cron[3], cron[4]), "every day");
    }

    @Test
    void theSourcesAreCheckedEveryWeekByTheCheckSourcesCommandWithReadOnlyRights() {
        Map<String, Object> on = on(sources);
        assertTrue(on.containsKey("workflow_dispatch"), "it can be run by hand");
        String[] cron = cron(on);
        assertEquals(List.of("*", "*"), List.of(cron[2], cron[3]), "any day of the month, every month");
        assertTrue(cron[4].matches("[0-6]"), "one day of the week: " + cron[4]);
        assertEquals(Map.of("contents", "read"), sources.get("permissions"));
        Map<String, Map<String, Object>> jobs = jobs(sources);
        assertEquals(1, jobs.size(), "one job");
        String job = jobs.keySet().iterator().next();
        assertEquals(List.of("mvn -B -q compile exec:java@check-sources"), runCommands(sources, job));
        for (Map<String, Object> step : steps(sources, job)) {
            if (step.get("uses") instanceof String uses) {
                assertTrue(uses.matches("[\\w.-]+/[\\w.-]+@(v\\d+|[0-9a-f]{40})"), uses);
            }
        }
    }

    @Test
    void itStopsFirstOnWhatIsNotReadyThenRunsTheSameChecksAsCiThenBuildsForThePagesAddress() {
        List<String> commands = runCommands("build");
        String address = "-Dsite.host=${{ steps.pages.outputs.base_url }}/";
        assertEquals("mvn -B -q compile exec:java@ready " + address, commands.get(0),
                "an unconfigured copy stops at once with the list of placeholders, for the address it would publish to");
        assertEquals("bash .ci/run", commands.get(1));
        assertTrue(commands.get(2).startsWith("mvn -B -q package -DskipTests " + address), "the same address");
    }

    @Test
    void everyCommandIsOneLineSoTheRehearsalCanRunIt() {
        for (String job : jobs().keySet()) {
            runCommands(job).forEach(command -> assertFalse(command.contains("\n"), job + ": " + command));
        }
    }

    @Test
    void everyActionIsPinnedToAMajorVersionOrACommit() {
        int actions = 0;
        for (String job : jobs().keySet()) {
            for (Map<String, Object> step : steps(job)) {
                if (step.get("uses") instanceof String uses) {
                    assertTrue(uses.matches("[\\w.-]+/[\\w.-]+@(v\\d+|[0-9a-f]{40})"), job + " uses " + uses);
                    actions++;
                }
            }
        }
        assertTrue(actions >= 5, "the workflow's actions were not read");
    }

    @Test
    void itAsksForTheLeastItNeeds() {
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"), "read-only by default");
        assertFalse(jobs().get("build").containsKey("permissions"), "the build job needs only to read");
        assertEquals(Map.of("pages", "write", "id-token", "write"), jobs().get("deploy").get("permissions"),
                "publishing to Pages needs exactly these");
        assertEquals(List.of("build"), List.of(jobs().get("deploy").get("needs")), "it publishes only what passed");
        for (String job : jobs().keySet()) {
            assertFalse("write-all".equals(jobs().get(job).get("permissions")), job);
        }
    }

    private static Map<String, Map<String, Object>> jobs() {
        return jobs(workflow);
    }

    private static Map<String, Map<String, Object>> jobs(Map<String, Object> file) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) (Map<String, ?>) map(file.get("jobs"), "jobs");
        return jobs;
    }

    private static List<Map<String, Object>> steps(String job) {
        return steps(workflow, job);
    }

    private static List<Map<String, Object>> steps(Map<String, Object> file, String job) {
        return list(jobs(file).get(job).get("steps"), job + ".steps");
    }

    private static List<String> runCommands(String job) {
        return runCommands(workflow, job);
    }

    private static List<String> runCommands(Map<String, Object> file, String job) {
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
        assertTrue(value instanceof Map, name + " is not a mapping in " + FILE);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value, String name) {
        assertTrue(value instanceof List, name + " is not a list in " + FILE);
        return (List<Map<String, Object>>) value;
    }
}
