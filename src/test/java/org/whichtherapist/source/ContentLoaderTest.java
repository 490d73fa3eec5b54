package org.whichtherapist.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;
import org.whichtherapist.core.Problem;

/**
 * The preview loads content/ on every save with the same {@link ContentCache}: a file that did not
 * change gives back the very same document, and every change is seen.
 */
class ContentLoaderTest {
    private static final String PAGE = "---\ntitle: %s\ntype: page\nstatus: published\ndate: 2026-01-01\n"
            + "summary: A page.\n---\n\nSome text.\n";

    @Test
    void filesThatDidNotChangeGiveTheSameDocumentsAndAChangedOneIsReadAgain() throws Exception {
        Path project = project("one", "two");
        ContentLoader loader = new ContentLoader(project, new ContentCache());
        Map<String, SourceDocument> first = documents(loader.load(project.resolve("content")));

        write(project, "two", PAGE.formatted("Two, renamed"));
        Files.setLastModifiedTime(project.resolve("content/one.md"), FileTime.from(Instant.now()));
        Map<String, SourceDocument> second = documents(loader.load(project.resolve("content")));

        assertSame(first.get("one"), second.get("one"), "saved again unchanged: the same document");
        assertNotSame(first.get("two"), second.get("two"));
        assertEquals("Two, renamed", second.get("two").title());
    }

    @Test
    void aChangeThatKeepsTheSizeAndTheTimeIsSeenWhenItFollowsTheLastReadClosely() throws Exception {
        Path project = project("one");
        Path file = project.resolve("content/one.md");
        ContentLoader loader = new ContentLoader(project, new ContentCache());
        loader.load(project.resolve("content"));

        FileTime time = Files.getLastModifiedTime(file);
        write(project, "one", PAGE.formatted("ONE"));
        Files.setLastModifiedTime(file, time);

        assertEquals("ONE", documents(loader.load(project.resolve("content"))).get("one").title());
    }

    @Test
    void aFileThatBreaksIsReportedAndOneThatIsGoneIsForgotten() throws Exception {
        Path project = project("one", "two");
        ContentLoader loader = new ContentLoader(project, new ContentCache());
        loader.load(project.resolve("content"));

        write(project, "one", "no header\n");
        Files.delete(project.resolve("content/two.md"));
        ContentLoader.Loaded loaded = loader.load(project.resolve("content"));

        assertEquals(List.of(), loaded.documents());
        assertEquals(List.of("content/one.md:1: the file has no front matter"),
                loaded.problems().errors().stream().map(Problem::format).map(p -> p.replaceAll(" — .*", "")).toList());
    }

    private static Path project(String... ids) throws Exception {
        Path project = TestSites.scratch("loader");
        for (String id : ids) {
            write(project, id, PAGE.formatted(id));
        }
        return project;
    }

    private static void write(Path project, String id, String text) throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/" + id + ".md"), text, StandardCharsets.UTF_8);
    }

    private static Map<String, SourceDocument> documents(ContentLoader.Loaded loaded) {
        return loaded.documents().stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
    }
}
