import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.whichtherapist.build.BuildMode;
import org.whichtherapist.build.BuildOptions;
import org.whichtherapist.build.BuildReport;
import org.whichtherapist.build.SiteBuild;

/**
 * Preview latency: in one warm JVM (as in `mvn jetty:run`), build the corpus in preview mode,
 * then save one article several times and time each rebuild, until the article's page (and,
 * because it is a full rebuild, its neighbours, tag pages, index and feed) is rewritten.
 * The file watcher adds its quiet period (preview/SourceWatcher, 120 ms) on top.
 *
 * usage: java -cp target/classes:DEPS bench/PreviewLatency.java PROJECT OUTPUT ARTICLE.md [saves]
 */
public final class PreviewLatency {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path article = project.resolve(args[2]);
        int saves = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String page = "articles/" + article.getFileName().toString().replace(".md", ".html");
        BuildOptions options = new BuildOptions(project, output, BuildMode.PREVIEW, Clock.systemUTC());
        SiteBuild build = new SiteBuild();
        build.run(options);
        build.run(options); // warm, as a preview that has been running for a while
        String original = Files.readString(article, StandardCharsets.UTF_8);
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 1; i <= saves; i++) {
                String marker = "Saved edit number " + i + ".";
                Files.writeString(article, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                long start = System.nanoTime();
                BuildReport report = build.run(options);
                long took = (System.nanoTime() - start) / 1_000_000;
                if (!Files.readString(output.resolve(page), StandardCharsets.UTF_8).contains(marker)) {
                    throw new IllegalStateException(page + " was not rewritten");
                }
                millis.add(took);
                System.out.println("  save " + i + ": " + took + " ms; " + report.times().describe());
            }
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
        }
        Collections.sort(millis);
        System.out.println("preview rebuild after one save: median " + millis.get(millis.size() / 2)
                + " ms (runs: " + millis + "), plus the watcher's 120 ms quiet period");
    }
}
