package org.whichtherapist;

import java.nio.file.Path;

/** The Maven that runs the tests (surefire passes its home), for tests that run Maven themselves. */
final class Maven {
    static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository"));

    private Maven() {
    }

    static String command() {
        String home = System.getProperty("maven.home");
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        String name = windows ? "mvn.cmd" : "mvn";
        return home == null || home.isBlank() ? name : Path.of(home, "bin", name).toString();
    }
}
