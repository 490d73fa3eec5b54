package org.whichtherapist.publish;

import org.whichtherapist.core.SiteFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Writes {@code page.html.gz} (and {@code page.html.br} where the Brotli library runs on this
 * machine) beside every text file, for hosts that serve precompressed files. Both are
 * byte-for-byte repeatable.
 */
public final class Precompressor {
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "txt", "svg");

    /** Returns whether .br files were written too. Files are compressed in parallel, each on its own. */
    public boolean compress(Path site) throws IOException {
        boolean brotli = brotliAvailable();
        List<Path> files = SiteFiles.all(site).stream().filter(Precompressor::isText).toList();
        try {
            files.parallelStream().forEach(file -> compress(file, brotli));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return brotli;
    }

    private static void compress(Path file, boolean brotli) {
        try {
            byte[] content = Files.readAllBytes(file);
            Files.write(file.resolveSibling(file.getFileName() + ".gz"), gzip(content));
            if (brotli) {
                Files.write(file.resolveSibling(file.getFileName() + ".br"),
                        Encoder.compress(content, new Encoder.Parameters().setQuality(11)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BestGzip(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
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
