package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.whichtherapist.TestSites;

/** The browser is found the way CI systems and developers give it: settings, then PATH. */
class BrowserBinariesTest {
    private final Path folder = TestSites.scratch("browsers");

    @Test
    void theEnvironmentVariablesComeFirst() throws IOException {
        Path chrome = program("bin/my-chrome");
        Path driver = program("bin/my-driver");
        program("path/chromium");
        program("path/chromedriver");

        BrowserBinaries found = find(key -> Optional.empty(), Map.of(
                "CHROME_BIN", chrome.toString(), "CHROMEDRIVER", driver.toString(),
                "PATH", folder.resolve("path").toString()));

        assertEquals(chrome, found.chrome());
        assertEquals(driver, found.driver());
    }

    @Test
    void aSystemPropertyOverridesTheEnvironment() throws IOException {
        Path chrome = program("a/chrome");
        Path other = program("b/chrome");
        Path driver = program("a/chromedriver");

        BrowserBinaries found = find(
                key -> key.equals("chrome.bin") ? Optional.of(chrome.toString()) : Optional.empty(),
                Map.of("CHROME_BIN", other.toString(), "CHROMEDRIVER", driver.toString()));

        assertEquals(chrome, found.chrome());
    }

    @Test
    void aGitHubRunnerIsUsedAsItComes() throws IOException {
        Path chrome = program("usr/bin/google-chrome");
        Path driver = program("chromedriver-linux64/chromedriver");

        BrowserBinaries found = find(key -> Optional.empty(), Map.of(
                "CHROMEWEBDRIVER", driver.getParent().toString(),
                "PATH", folder.resolve("nothing") + ":" + chrome.getParent()));

        assertEquals(chrome, found.chrome());
        assertEquals(driver, found.driver());
    }

    @Test
    void aSettingThatNamesNoProgramIsAnErrorNotAFallback() {
        AssertionError error = assertThrows(AssertionError.class, () -> find(key -> Optional.empty(),
                Map.of("CHROME_BIN", folder.resolve("missing/chrome").toString())));

        assertTrue(error.getMessage().contains("$CHROME_BIN names " + folder.resolve("missing/chrome")), error.getMessage());
    }

    @Test
    void whenNothingIsFoundTheMessageSaysWhereItLooked() throws IOException {
        program("bin/chromium");

        AssertionError error = assertThrows(AssertionError.class, () -> find(key -> Optional.empty(),
                Map.of("PATH", folder.resolve("bin").toString())));

        String message = error.getMessage();
        assertTrue(message.startsWith("No ChromeDriver was found"), message);
        assertTrue(message.contains("$CHROMEWEBDRIVER (not set)") && message.contains("chromedriver on PATH"), message);
        assertTrue(message.contains("Set CHROME_BIN and CHROMEDRIVER"), message);
    }

    /** Debian's paths do not exist in these tests, so only what each test sets up can be found. */
    private BrowserBinaries find(java.util.function.Function<String, Optional<String>> properties, Map<String, String> env) {
        return BrowserBinaries.find(properties, env, folder.resolve("no-debian/chromium"), folder.resolve("no-debian/chromedriver"));
    }

    private Path program(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
