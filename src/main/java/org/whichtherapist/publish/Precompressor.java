package org.whichtherapist.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.ledger.KeptFolder;
import org.whichtherapist.ledger.TargetFolders;

/**
 * Writes repeatable {@code .gz} (and, where Brotli runs, {@code .br}) copies beside every text file of 1 KB
 * or more (smaller ones fit in one packet anyway), for servers that send them as they are. Copies are kept
 * between builds in a {@link KeptFolder}, named by the settings and the bytes they were made from;
 * {@link #start} begins beside the checks; close it to stop it (a failed build) or {@link #finish} it.
 * <p>
 * Brotli quality 5: on the 1,000-post benchmark (35.6 MB) it gave 30.2 % in 0.8 s, 9 gave 30.1 % in 20 s,
 * 11 gave 27.0 % in 76 s (about 0.8 KB less per 8 KB page, for 90 times the time).
 */
public final class Precompressor implements AutoCloseable {
    static final int SMALLEST = 1024;
    static final int BROTLI_QUALITY = 5;
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "txt", "svg");

    /**
     * What one build's compression did.
     *
     * @param compressed the files (site-relative) whose copies were made by this build
     * @param reused     files whose copies came from the cache
     * @param tooSmall   text files too small to be worth copies
     */
    public record Result(SortedSet<String> compressed, int reused, int tooSmall, boolean brotli) {
        public static final Result NONE = new Result(new TreeSet<>(), 0, 0, false);

        public String describe() {
            if (this == NONE) {
                return "no .gz/.br copies (site.precompress is not true)";
            }
            return String.format(Locale.UK, "%d files compressed, %d reused, %d too small%s", compressed.size(), reused,
                    tooSmall, brotli ? "" : " (gzip only: no Brotli library for this machine)");
        }
    }

    private final Path site;
    private final boolean brotli;
    /** Where copies are kept between builds; null when none are wanted. */
    private final KeptFolder cache;
    /** Everything besides the bytes that decides what the copies hold. */
    private final byte[] settings;
    private final Set<Path> begun;
    private final CompletableFuture<Void> running;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Set<String> compressed = new ConcurrentSkipListSet<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger tooSmall = new AtomicInteger();

    private Precompressor(Path site, boolean brotli, KeptFolder cache, String settings) throws IOException {
        this.site = site;
        this.brotli = brotli;
        this.cache = cache;
        this.settings = settings.getBytes(StandardCharsets.UTF_8);
        List<Path> files = cache == null ? List.of() : textFiles(site);
        this.begun = new HashSet<>(files);
        this.running = CompletableFuture.runAsync(() -> files.parallelStream().forEach(this::compress));
    }

    /** Starts on the site's text files on other threads; when not {@code wanted}, a job that writes nothing. */
    public static Precompressor start(Path site, boolean wanted, Path project) throws IOException {
        if (!wanted) {
            return new Precompressor(site, false, null, "");
        }
        boolean brotli = brotliAvailable();
        return new Precompressor(site, brotli, new KeptFolder(new TargetFolders(project).compressed()),
                settings(brotli));
    }

    /** Compresses the text files written since the start, waits for the rest, and tidies the cache. */
    public Result finish() throws IOException {
        if (cache == null) {
            return Result.NONE;
        }
        List<Path> later = textFiles(site).stream().filter(file -> !begun.contains(file)).toList();
        try {
            later.parallelStream().forEach(this::compress);
            running.join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        cache.forgetUnused();
        return new Result(new TreeSet<>(compressed), reused.get(), tooSmall.get(), brotli);
    }

    @Override
    public void close() {
        stopped.set(true);
        try {
            running.join();
        } catch (CompletionException e) {
            // the build is failing or finished already; what went wrong here was reported by finish()
        }
    }

    private void compress(Path file) {
        if (stopped.get()) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length < SMALLEST) {
                tooSmall.incrementAndGet();
                return;
            }
            String key = KeptFolder.key(settings, content);
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            Path br = file.resolveSibling(file.getFileName() + ".br");
            if (reuse(key + ".gz", gz) && (!brotli || reuse(key + ".br", br))) {
                reused.incrementAndGet();
                return;
            }
            write(gz, key, ".gz", gzip(content));
            if (brotli) {
                write(br, key, ".br", Encoder.compress(content, new Encoder.Parameters().setQuality(BROTLI_QUALITY)));
            }
            compressed.add(SiteFiles.relative(site, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links (or copies) the kept copy {@code name} to {@code target}; false when it is not kept. */
    private boolean reuse(String name, Path target) {
        try {
            SiteFiles.linkOrCopy(cache.entry(name), target);
            return true;
        } catch (IOException e) {
            return false; // not kept, or gone meanwhile (another build tidied the cache): compress again
        }
    }

    /** A new file (never written through a link into the cache), and the cache's own copy. */
    private void write(Path copy, String key, String suffix, byte[] bytes) throws IOException {
        SiteFiles.write(copy, bytes);
        cache.keep(key + suffix, bytes);
    }

    private static List<Path> textFiles(Path site) throws IOException {
        return SiteFiles.all(site).stream().filter(Precompressor::isText).toList();
    }

    /** Whether {@code path} in {@code site} is a .gz or .br copy this class made (of a file the site has). */
    public static boolean isCopy(Path site, String path) {
        return (path.endsWith(".gz") || path.endsWith(".br"))
                && Files.isRegularFile(site.resolve(path.substring(0, path.length() - 3)));
    }

    static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 3 + 64);
        try (OutputStream out = new BestGzip(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    /** The levels and what this machine's libraries make of a sample: a library that differs starts a new cache. */
    private static String settings(boolean brotli) throws IOException {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            sample.append("<p class=\"s").append(i % 7).append("\">Sample paragraph ").append(i * 31 % 97).append("</p>\n");
        }
        byte[] bytes = sample.toString().getBytes(StandardCharsets.UTF_8);
        String gzip = java.util.HexFormat.of().formatHex(gzip(bytes));
        String br = brotli ? java.util.HexFormat.of().formatHex(
                Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY))) : "none";
        return "gzip 9 " + gzip + " brotli " + BROTLI_QUALITY + " " + br;
    }

    private static boolean brotliAvailable() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false; // no native library for this machine: gzip only
        }
    }

    /** Java's gzip writes no timestamp or file name, so the output repeats exactly. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
