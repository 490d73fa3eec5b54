package org.whichtherapist.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.whichtherapist.TestSites;

/**
 * One headless Chrome or Chromium, driven through ChromeDriver, shared by every browser test in the
 * run and closed when the test JVM exits. {@link BrowserBinaries} finds both programs (settings,
 * then PATH, then Debian's paths); Selenium Manager is never asked to download anything (surefire
 * sets SE_OFFLINE).
 */
public final class Browser {
    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 667;
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;

    /** Held so the setting stays: Selenium warns that it knows CDP 153, not 156; we only use stable commands. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private static ChromeDriver driver;

    private Browser() {
    }

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    private static ChromeDriver start() {
        BrowserBinaries binaries = BrowserBinaries.find();
        System.out.println("Browser tests use the " + binaries.how());
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, binaries.driver().toString());
        try {
            Path profile = TestSites.scratch("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binaries.chrome().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // the console, for consoleMessages()
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(binaries.driver().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(chrome::quit, "quit-chromium"));
            return chrome;
        } catch (RuntimeException e) {
            throw new AssertionError("The browser did not start (" + binaries.how() + "): " + e.getMessage(), e);
        }
    }

    /** Makes the page area exactly this size (as a phone's or a desktop's), whatever the window chrome. */
    public static void viewport(int width, int height) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The reader's system colour scheme: "light" or "dark". */
    public static void colourScheme(String scheme) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Runs the next pages with JavaScript on or off (as for a reader who turned it off), until called again. */
    public static void javaScript(boolean on) {
        driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Shows pages as printed ("print") or on screen (""); also forgets the colour scheme set by {@link #colourScheme}. */
    public static void media(String type) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Forgets the theme a test chose with the toggle, so the next page follows the system again. */
    public static void forgetTheme(ServedSite site) {
        driver().get(site.url("index.html"));
        js().executeScript("localStorage.clear();");
    }

    /** What pages wrote to the browser's console (Chromium's own errors included) since the last call. */
    public static List<String> consoleMessages() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    public static JavascriptExecutor js() {
        return driver();
    }

    public static Object run(String script, Object... args) {
        return js().executeScript(script, args);
    }

    /** axe-core's own script, as Deque ships it on Maven Central. */
    public static String axeScript() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new AssertionError("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
