package org.whichtherapist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.whichtherapist.core.GzippedSize;
import org.whichtherapist.pipeline.BuildReport;

/** A site the tests built, read back from disk as a reader's browser or a feed reader would. */
public record BuiltSite(Path project, Path output, BuildReport report) {

    /** The size of a file after gzip compression. */
    public static long gzippedSize(Path file) {
        try {
            return GzippedSize.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(output.resolve(path));
    }

    public String text(String path) {
        try {
            return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page, with links resolvable against its own address. */
    public Document page(String path) {
        return Jsoup.parse(text(path), "https://site.test/" + path);
    }

    public Document xml(String path) {
        return Jsoup.parse(text(path), "", Parser.xmlParser());
    }

    /** Every file's path below the output folder, with forward slashes. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages readers navigate: every HTML page except the redirect pages at old addresses and the editor at admin/. */
    public List<String> readerPages() {
        return htmlPages().stream().filter(p -> !p.startsWith("admin/"))
                .filter(p -> !text(p).contains("<meta http-equiv=\"refresh\"")).toList();
    }

    /** Fails unless this site has exactly the files of {@code expected}, each with the same bytes. */
    public void assertSameFilesAs(BuiltSite expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.files(), files());
        for (String file : expected.files()) {
            try {
                org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(expected.output().resolve(file)),
                        Files.readAllBytes(output.resolve(file)), file + " differs from a fresh build");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The health pages: articles, disciplines, qualifications, techniques, compare, guide and FAQ (by their page class). */
    public List<String> healthPages() {
        String health = java.util.Arrays.stream(org.whichtherapist.source.ContentType.values())
                .filter(org.whichtherapist.source.ContentType::isHealthContent)
                .map(t -> "article.page--" + t.id()).collect(java.util.stream.Collectors.joining(", "));
        return htmlPages().stream().filter(path -> page(path).selectFirst(health) != null).toList();
    }

    public List<String> htmlPages() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }
}
