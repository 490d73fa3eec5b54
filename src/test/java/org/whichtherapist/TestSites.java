package org.whichtherapist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.commons.io.file.PathUtils;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.SiteBuild;

/**
 * The sites the tests build. The fixture site is the real templates, assets and settings with
 * the small content set in src/test/resources/fixture-site; the real site is the project itself.
 * Each is built once per test run and shared.
 */
public final class TestSites {
    public static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();
    /** "Today" for the fixture: after every fixture date except the scheduled post's. */
    public static final Clock FIXTURE_TODAY = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private static BuiltSite fixture;
    private static BuiltSite real;

    private TestSites() {
    }

    public static synchronized BuiltSite fixture() {
        if (fixture == null) {
            fixture = build(newFixtureProject(), BuildMode.PUBLISH);
        }
        return fixture;
    }

    public static synchronized BuiltSite real() {
        if (real == null) {
            real = build(PROJECT, BuildMode.PUBLISH, Clock.systemUTC(), scratch("real-site").resolve("site"));
        }
        return real;
    }

    /** A fresh copy of the fixture project that a test may break as it likes. */
    public static Path newFixtureProject() {
        try {
            Path project = scratch("fixture");
            PathUtils.copyDirectory(PROJECT.resolve("templates"), project.resolve("templates"));
            PathUtils.copyDirectory(PROJECT.resolve("assets"), project.resolve("assets"));
            // The fixture's articles are a few words each: the owner's article length is tested on its own (ArticleLengthTest).
            Files.writeString(project.resolve("jbake.properties"), Files.readString(PROJECT.resolve("jbake.properties"))
                    .replaceAll("(?m)^site\\.article\\.(min|max)_words=.*\\R", ""));
            PathUtils.copyDirectory(PROJECT.resolve("src/test/resources/fixture-site/content"), project.resolve("content"));
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the real project (content, templates, assets, settings) that a test may change. */
    public static Path newRealProject() {
        try {
            Path project = scratch("real");
            for (String folder : java.util.List.of("templates", "assets", "content")) {
                PathUtils.copyDirectory(PROJECT.resolve(folder), project.resolve(folder));
            }
            Files.copy(PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuiltSite build(Path project, BuildMode mode) {
        return build(project, mode, FIXTURE_TODAY, project.resolve("target/site"));
    }

    public static BuiltSite build(Path project, BuildMode mode, Clock clock, Path output) {
        try {
            BuildReport report = SiteBuild.run(new BuildOptions(project, output, mode, clock));
            return new BuiltSite(project, output, report);
        } catch (BuildFailedException e) {
            throw new AssertionError("the site did not build:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a project that must fail, and returns the problems the owner is shown. */
    public static java.util.List<org.whichtherapist.core.Problem> failingBuild(Path project) {
        try {
            SiteBuild.run(new BuildOptions(project, project.resolve("target/site"), BuildMode.PUBLISH, FIXTURE_TODAY));
        } catch (BuildFailedException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("the build failed without saying why", e);
            }
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the build should have failed but succeeded: " + project);
    }

    /**
     * The fixture project with real-looking details wherever it has a placeholder (people, contact, who
     * runs the site), as an owner leaves it before publishing: a build for a real address accepts it.
     */
    public static void fillInPlaceholders(Path project) {
        Path people = project.resolve("content/_data/people.yml");
        try {
            Files.writeString(people, Files.readString(people).replace("  placeholder: true\n", "")
                    .replace("jo.example@example.com", "jo@whichtherapist.org.uk").replace("07700 900123", "0113 123 4567")
                    .replace("sam.example@example.com", "sam@whichtherapist.org.uk").replace("07700 900456", "0113 765 4321")
                    .replace("chris.example@example.com", "chris@whichtherapist.org.uk").replace("07700 900789", "0113 765 4322"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        replaceIn(project.resolve("content/_data/site-owner.yml"), "placeholder: true\n", "");
        replaceIn(project.resolve("jbake.properties"), "site.contact.email=hello@example.com",
                "site.contact.email=hello@whichtherapist.org.uk");
        replaceIn(project.resolve("jbake.properties"), "site.contact.phone=07700 900123\n", "");
    }

    /** Changes a file of a throwaway project; the text to replace must be there. */
    public static void replaceIn(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code text} at the end of the file. */
    public static void appendTo(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the build baked only the outputs showing text that changed (its report says so). */
    public static boolean bakedChangedTextOnly(org.whichtherapist.pipeline.BuildReport report) {
        return !report.baked().whole();
    }

    /** A new empty folder under target/, removed by mvn clean. */
    public static Path scratch(String name) {
        try {
            Path base = PROJECT.resolve("target/test-sites");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
