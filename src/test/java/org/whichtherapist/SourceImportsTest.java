package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of {@link ArchitectureTest} as the source names them: a class named only in Javadoc (an
 * import or a {@code {@link org.whichtherapist...}}) leaves no trace in the bytecode ArchUnit reads, yet
 * a reader following it walks the wrong way through the layers.
 */
class SourceImportsTest {
    private static final Path MAIN = TestSites.PROJECT.resolve("src/main/java");
    private static final Pattern NAMED = Pattern.compile("(?:^import (?:static )?|\\{@link(?:plain)? )org\\.whichtherapist\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    /** The layer a package belongs to: its own, or the longest layer it is inside; the root package is above all. */
    static int layerOf(String pkg) {
        int best = -1;
        int length = -1;
        for (int i = 0; i < ArchitectureTest.LAYERS.size(); i++) {
            String layer = ArchitectureTest.LAYERS.get(i);
            if ((pkg.equals(layer) || pkg.startsWith(layer + ".")) && layer.length() > length) {
                best = i;
                length = layer.length();
            }
        }
        return best < 0 ? ArchitectureTest.LAYERS.size() : best;
    }

    static List<String> wrongWay(String pkg, String source) {
        List<String> wrong = new ArrayList<>();
        Matcher named = NAMED.matcher(source);
        while (named.find()) {
            String other = named.group(1);
            if (layerOf(other) > layerOf(pkg)) {
                wrong.add(pkg + " names " + other);
            }
        }
        return wrong;
    }

    @Test
    void aJavadocLinkToALaterLayerIsCaught() {
        assertEquals(List.of("check names publish"), wrongWay("check",
                "/** Read by {@link org.whichtherapist.publish.HostFiles}. */\nclass X {}"));
        assertEquals(List.of("content names pipeline"), wrongWay("content", "import org.whichtherapist.pipeline.SiteBuild;\n"));
        assertEquals(List.of(), wrongWay("render.jbake", "import org.whichtherapist.render.SiteUrl;\n"));
    }

    @Test
    void noSourceFileNamesALaterLayer() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.resolve("org/whichtherapist").relativize(file.getParent()).toString().replace('/', '.');
                if (!pkg.isEmpty()) {
                    wrongWay(pkg, Files.readString(file)).forEach(w -> wrong.add(MAIN.relativize(file) + ": " + w));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
