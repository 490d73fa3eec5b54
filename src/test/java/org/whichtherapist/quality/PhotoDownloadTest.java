package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestPhotos;
import org.whichtherapist.TestSites;
import org.whichtherapist.core.BuildMode;

/**
 * What a real phone browser downloads for a page with a 4000-pixel photo: Chromium at 375 × 667 CSS
 * pixels and two device pixels per CSS pixel picks one copy from the srcset, and no picture it loads
 * weighs 100 KB or more.
 */
class PhotoDownloadTest {

    @AfterEach
    void backToTheDesktop() {
        Browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
    }

    @Test
    void aPhoneAtTwiceTheDensityLoadsThe720PixelCopyUnder100KB() throws IOException {
        Path project = TestSites.newFixtureProject();
        Files.write(project.resolve("content/articles/img/hills.jpg"), TestPhotos.landscape(4000, 3000));
        Path article = project.resolve("content/articles/markdown-features.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?s)^(---.*?\\n---\\n)",
                "$1\n![Green hills under a pale sky](img/hills.jpg)\n\n"));
        BuiltSite built = TestSites.build(project, BuildMode.PUBLISH);
        ServedSite site = ServedSite.folder("photo", built.output());

        Browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Browser.PHONE_WIDTH,
                "height", Browser.PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        Browser.driver().get(site.url("articles/markdown-features.html"));
        String chosen = new WebDriverWait(Browser.driver(), Duration.ofSeconds(20)).until(d -> {
            Object src = Browser.run("var i = document.querySelector('img[alt=\"Green hills under a pale sky\"]');"
                    + " i.scrollIntoView(); return i.complete && i.naturalWidth > 0 ? i.currentSrc : null;");
            return src == null ? null : src.toString();
        });
        assertTrue(chosen.matches(".*/pictures/hills-720\\.[0-9a-f]{10}\\.jpg"), chosen);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pictures = (List<Map<String, Object>>) Browser.run("return performance"
                + ".getEntriesByType('resource').filter(e => e.initiatorType === 'img')"
                + ".map(e => ({name: e.name, bytes: e.encodedBodySize}));");
        assertFalse(pictures.isEmpty());
        for (Map<String, Object> picture : pictures) {
            long bytes = ((Number) picture.get("bytes")).longValue();
            assertTrue(bytes < 100 * 1024, picture.get("name") + " is " + bytes + " bytes");
        }
        assertEquals(1, pictures.stream().filter(p -> p.get("name").toString().contains("/hills-")).count(),
                "one copy of the photo is downloaded: " + pictures);
    }
}
