package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA contrast, worked out from the colours in assets/css/site.css for both the light and
 * the dark scheme: 4.5:1 for text, 3:1 for the edges of form fields.
 */
class ColourContrastTest {
    private static final Pattern VARIABLE = Pattern.compile(
            "--([a-z-]+):\\s*(?:light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)|(#[0-9a-f]{6}))\\s*;");

    /** [foreground, background, minimum ratio] */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {"text", "bg", 4.5}, new Object[] {"muted", "bg", 4.5}, new Object[] {"link", "bg", 4.5},
            new Object[] {"link-visited", "bg", 4.5}, new Object[] {"text", "surface", 4.5},
            new Object[] {"muted", "surface", 4.5}, new Object[] {"link", "surface", 4.5},
            new Object[] {"link-visited", "surface", 4.5}, new Object[] {"on-accent", "accent", 4.5},
            new Object[] {"text", "mark", 4.5}, new Object[] {"white", "header-bg", 4.5},
            new Object[] {"ink", "focus", 4.5}, new Object[] {"border", "bg", 3.0}, new Object[] {"border", "surface", 3.0},
            new Object[] {"on-accent", "care-self-care", 4.5}, new Object[] {"on-accent", "emergency", 4.5},
            new Object[] {"white", "care-emergency-body", 4.5});

    @Test
    void everyTextColourIsReadableOnItsBackgroundInBothSchemes() throws IOException {
        String css = Files.readString(TestSites.PROJECT.resolve("assets/css/site.css"));
        Map<String, String> light = new HashMap<>(Map.of("white", "#ffffff", "ink", "#1d2327"));
        Map<String, String> dark = new HashMap<>(light);
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            light.put(m.group(1), m.group(4) != null ? m.group(4) : m.group(2));
            dark.put(m.group(1), m.group(4) != null ? m.group(4) : m.group(3));
        }
        assertTrue(light.containsKey("text") && light.containsKey("focus"), "colours not found in the CSS");
        for (Map<String, String> scheme : List.of(light, dark)) {
            for (Object[] pair : PAIRS) {
                double ratio = contrast(scheme.get((String) pair[0]), scheme.get((String) pair[1]));
                String which = (scheme == light ? "light" : "dark") + " " + pair[0] + " on " + pair[1];
                assertTrue(ratio >= (double) pair[2], which + " is only " + String.format("%.2f", ratio) + ":1");
            }
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
