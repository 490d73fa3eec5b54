package org.whichtherapist.quality;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the Chrome or Chromium and the ChromeDriver the browser tests drive, the way the ecosystem
 * does: an explicit setting first (system property {@code chrome.bin} / {@code chromedriver}, or the
 * environment's {@code CHROME_BIN} / {@code CHROMEDRIVER}, or GitHub runners' {@code CHROMEWEBDRIVER}
 * folder), then the names on {@code PATH}, then Debian's paths. Nothing is ever downloaded.
 *
 * @param chrome the browser program
 * @param driver the matching ChromeDriver program
 * @param how    where they were found, for messages
 */
public record BrowserBinaries(Path chrome, Path driver, String how) {
    static final List<String> CHROME_NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final List<String> DRIVER_NAMES = List.of("chromedriver");
    static final Path DEBIAN_CHROME = Path.of("/usr/bin/chromium");
    static final Path DEBIAN_DRIVER = Path.of("/usr/bin/chromedriver");

    /** Looks them up in this JVM's system properties and environment. */
    public static BrowserBinaries find() {
        return find(key -> Optional.ofNullable(System.getProperty(key)), System.getenv(), DEBIAN_CHROME, DEBIAN_DRIVER);
    }

    /**
     * Looks them up in the given settings and environment, then at the given last-resort paths; throws,
     * naming every place tried, when one is missing.
     */
    static BrowserBinaries find(Function<String, Optional<String>> properties, Map<String, String> env,
                                Path lastChrome, Path lastDriver) {
        List<String> tried = new ArrayList<>();
        Optional<Path> chrome = explicit(properties, env, "chrome.bin", "CHROME_BIN", tried)
                .or(() -> onPath(env, CHROME_NAMES, tried))
                .or(() -> executable(lastChrome, tried));
        Optional<Path> driver = explicit(properties, env, "chromedriver", "CHROMEDRIVER", tried)
                .or(() -> inFolder(env.get("CHROMEWEBDRIVER"), "CHROMEWEBDRIVER", tried))
                .or(() -> onPath(env, DRIVER_NAMES, tried))
                .or(() -> executable(lastDriver, tried));
        if (chrome.isEmpty() || driver.isEmpty()) {
            throw new AssertionError((chrome.isEmpty() ? "No Chrome or Chromium" : "No ChromeDriver")
                    + " was found for the browser tests. Tried: " + String.join("; ", tried) + ". Set CHROME_BIN and"
                    + " CHROMEDRIVER to the two programs, or on Debian run .ci/run (it installs chromium and"
                    + " chromium-driver).");
        }
        return new BrowserBinaries(chrome.get(), driver.get(), "browser " + chrome.get() + ", driver " + driver.get());
    }

    private static Optional<Path> explicit(Function<String, Optional<String>> properties, Map<String, String> env,
                                           String property, String variable, List<String> tried) {
        Optional<String> value = properties.apply(property).filter(v -> !v.isBlank());
        if (value.isPresent()) {
            return required(Path.of(value.get()), "-D" + property);
        }
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return required(Path.of(fromEnv), "$" + variable);
        }
        tried.add("-D" + property + " and $" + variable + " (not set)");
        return Optional.empty();
    }

    /** A program named explicitly must be there: falling back silently would test another browser. */
    private static Optional<Path> required(Path program, String setting) {
        if (!Files.isExecutable(program)) {
            throw new AssertionError(setting + " names " + program + ", which is not a program that can be run."
                    + " Point it at the installed program, or unset it.");
        }
        return Optional.of(program);
    }

    private static Optional<Path> inFolder(String folder, String variable, List<String> tried) {
        if (folder == null || folder.isBlank()) {
            tried.add("$" + variable + " (not set)");
            return Optional.empty();
        }
        return executable(Path.of(folder, "chromedriver"), tried);
    }

    private static Optional<Path> onPath(Map<String, String> env, List<String> names, List<String> tried) {
        String path = env.getOrDefault("PATH", "");
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name));
                }
            }
        }
        tried.add(String.join(", ", names) + " on PATH");
        return Optional.empty();
    }

    private static Optional<Path> executable(Path program, List<String> tried) {
        if (Files.isExecutable(program)) {
            return Optional.of(program);
        }
        tried.add(program.toString());
        return Optional.empty();
    }
}
