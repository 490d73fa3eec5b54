package org.whichtherapist.core;

import java.util.zip.Deflater;

/**
 * How many bytes a host sends for a file it compresses on the fly: its gzipped size at zlib's default
 * level (6), what {@code GZIPOutputStream} and most web servers use, counted without keeping the copy.
 */
public final class GzippedSize {
    /** gzip's header (10 bytes) and trailer (CRC-32 and length, 8 bytes) around the deflated data. */
    private static final int GZIP_FRAME = 18;
    /** One deflater per thread, reset for each file: making one costs more than deflating a small page. */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private GzippedSize() {
    }

    /** The size {@code GZIPOutputStream} gives these bytes. */
    public static long of(byte[] content) {
        Deflater deflater = DEFLATER.get();
        byte[] scratch = SCRATCH.get();
        deflater.reset();
        deflater.setInput(content);
        deflater.finish();
        long size = GZIP_FRAME;
        while (!deflater.finished()) {
            size += deflater.deflate(scratch);
        }
        return size;
    }
}
