import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.whichtherapist.core.BuildMode;
import org.whichtherapist.pipeline.BuildOptions;
import org.whichtherapist.pipeline.BuildReport;
import org.whichtherapist.pipeline.SiteBuild;
import org.whichtherapist.preview.PreviewSite;
import org.whichtherapist.preview.SourceWatcher;

/**
 * Preview latency, in one warm JVM (as in `mvn jetty:run`) on the given corpus:
 * 1. the rebuild alone: save one article, run the build, until its page (and every page that
 *    shows its text) is rewritten in the served folder;
 * 2. save to rewritten: the same through the preview's file watcher (its quiet period included),
 *    from writing the file to the end of the rebuild the watcher started;
 * 3. a title change: the same with the article's title changed (lists, topic pages, related links and search
 *    show it), until the watcher's rebuild ends;
 * then checks that the served folder equals a fresh build's, byte for byte (nothing stale).
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
        PreviewSite build = new PreviewSite();
        build.build(options);
        build.build(options); // warm, as a preview that has been running for a while
        String original = Files.readString(article, StandardCharsets.UTF_8);
        List<Long> rebuilds = new ArrayList<>();
        List<Long> saveToPage = new ArrayList<>();
        List<Long> titleChanges = new ArrayList<>();
        try {
            for (int i = 1; i <= saves; i++) {
                String marker = save(article, original, "Saved edit number " + i + ".");
                long start = System.nanoTime();
                BuildReport report = build.build(options);
                rebuilds.add(sinceMillis(start));
                check(output.resolve(page), marker);
                System.out.println("  save " + i + ": " + rebuilds.get(i - 1) + " ms; " + report.times().describe());
            }
            BlockingQueue<Long> rebuilt = new LinkedBlockingQueue<>();
            AtomicReference<String> lastStages = new AtomicReference<>("");
            try (SourceWatcher watcher = new SourceWatcher(project, List.of("content", "templates", "assets"),
                    "jbake.properties", changed -> {
                        try {
                            lastStages.set(build.build(options, changed).times().describe());
                            rebuilt.add(System.nanoTime());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })) {
                watcher.start();
                for (int i = 1; i <= saves; i++) {
                    Thread.sleep(300); // one save at a time, as someone writing
                    long start = System.nanoTime();
                    String marker = save(article, original, "Watched edit number " + i + ".");
                    Long end = rebuilt.poll(30, TimeUnit.SECONDS);
                    if (end == null) {
                        throw new IllegalStateException("the watcher did not rebuild after save " + i);
                    }
                    saveToPage.add((end - start) / 1_000_000);
                    check(output.resolve(page), marker);
                }
                for (int i = 1; i <= Math.max(1, saves / 6); i++) {
                    Thread.sleep(300);
                    String title = "Renamed for the benchmark " + i;
                    long start = System.nanoTime();
                    Files.writeString(article, original.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""),
                            StandardCharsets.UTF_8);
                    Long end = rebuilt.poll(30, TimeUnit.SECONDS);
                    if (end == null) {
                        throw new IllegalStateException("the watcher did not rebuild after title change " + i);
                    }
                    titleChanges.add((end - start) / 1_000_000);
                    System.out.println("  title change " + i + ": " + titleChanges.get(i - 1) + " ms; " + lastStages.get());
                    check(output.resolve(page), title);
                }
            }
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
        }
        build.build(options);
        Path fresh = output.resolveSibling(output.getFileName() + "-fresh");
        SiteBuild.run(new BuildOptions(project, fresh, BuildMode.PREVIEW, Clock.systemUTC()));
        System.out.println("preview rebuild after one save: median " + median(rebuilds) + " ms (runs: " + rebuilds + ")");
        System.out.println("save to rewritten page, through the file watcher: median " + median(saveToPage)
                + " ms (runs: " + saveToPage + ")");
        System.out.println("title change to rewritten site, through the file watcher: median " + median(titleChanges)
                + " ms (runs: " + titleChanges + ")");
        System.out.println("served folder equals a fresh build, byte for byte: " + sameFiles(fresh, output));
    }

    private static String save(Path article, String original, String marker) throws Exception {
        Files.writeString(article, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
        return marker;
    }

    private static void check(Path page, String marker) throws Exception {
        if (!Files.readString(page, StandardCharsets.UTF_8).contains(marker)) {
            throw new IllegalStateException(page + " was not rewritten");
        }
    }

    private static long sinceMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static boolean sameFiles(Path a, Path b) throws Exception {
        List<Path> filesA = files(a);
        if (!filesA.equals(files(b))) {
            return false;
        }
        for (Path file : filesA) {
            if (!Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)))) {
                System.out.println("  differs: " + file);
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
