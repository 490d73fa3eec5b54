package org.whichtherapist.ledger;

import java.nio.file.Path;

/** Every folder and file the build keeps under a project's {@code target/}, named in one place. */
public record TargetFolders(Path project) {
    /** The list of every warning of the last build, as the owner is told to find it. */
    public static final String WARNINGS = "target/warnings.txt";
    /** A picture folder shared by several projects (the tests'), which no build tidies. */
    public static final String SHARED_PICTURES = "which.picture.cache";

    public Path site() {
        return project.resolve("target/site");
    }

    public Path preview() {
        return project.resolve("target/preview");
    }

    /** The slower steps' results and the ledger of the last bake ({@link KeptResults}). */
    public Path buildCache() {
        return project.resolve("target/build-cache");
    }

    /** Share cards and resized photos; the {@code which.picture.cache} property may name a shared one. */
    public Path pictures() {
        String shared = System.getProperty(SHARED_PICTURES);
        return shared == null || shared.isBlank() ? project.resolve("target/picture-cache") : Path.of(shared);
    }

    /** Whether the picture folder is this project's own (not one the tests share), so a build may tidy it. */
    public boolean ownsPictures() {
        return pictures().equals(project.resolve("target/picture-cache"));
    }

    /** The .gz/.br copies, named by what they were made from. */
    public Path compressed() {
        return project.resolve("target/precompressed");
    }

    /** The last site.zip, whose unchanged entries the next copies still compressed. */
    public Path lastZip() {
        return project.resolve("target/zip-cache/site.zip");
    }

    /** The class-data archives the forked build starts from. */
    public Path classData() {
        return project.resolve("target/cds");
    }

    /** The source-link check's results. */
    public Path sourceChecks() {
        return project.resolve("target/source-check/results.tsv");
    }

    public Path warnings() {
        return project.resolve(WARNINGS);
    }
}
