package org.whichtherapist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;
import org.whichtherapist.check.CitedSource;

/** What the source check is given: every usable source of the fixture, with the files that cite it. */
class CheckSourcesTest {
    @Test
    void everySourceComesWithThePagesAndCareTextsThatCiteIt() throws Exception {
        Path project = TestSites.newFixtureProject();
        Map<String, CitedSource> sources = CheckSources.cited(ProjectData.read(project)).stream()
                .collect(Collectors.toMap(CitedSource::id, s -> s));
        assertEquals("https://www.csp.org.uk/", sources.get("csp").url());
        assertEquals(List.of("content/articles/markdown-features.md"), sources.get("csp").citedBy());
        assertEquals(List.of("content/_snippets/care-urgent.md", "content/_snippets/care-self-care.md"),
                sources.get("nhs-111").citedBy(), "the care texts cite too");
        assertTrue(sources.get("hcpc-register").citedBy().contains("content/disciplines/alpha-therapist.md"));
        assertEquals(2, sources.get("hcpc-register").line(), "the line of its record, for the report");
    }
}
