package org.whichtherapist.deploy;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip file whose entries were compressed beforehand, so they can be compressed in
 * parallel ({@code ZipOutputStream} compresses one entry at a time). The same entries always give
 * the same bytes: a fixed date, UTF-8 names, no extra fields, sizes in the headers.
 */
final class ZipWriter implements Closeable {
    /** 1 January 2000, 00:00, in MS-DOS date and time format. */
    private static final short DOS_DATE = (short) (((2000 - 1980) << 9) | (1 << 5) | 1);
    private static final short DOS_TIME = 0;
    private static final short VERSION = 20;
    private static final short UTF8_NAMES = 0x0800;
    private static final short DEFLATED = 8;
    private static final int MAX_ENTRIES = 0xFFFF;
    private static final long MAX_OFFSET = 0xFFFF_FFFFL;
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    /** One file, compressed. */
    record Entry(String name, byte[] deflated, int crc, int size) {
        /** Compresses a file's bytes quickly (an upload bundle: quick to make matters more than a few bytes). */
        static Entry of(String name, byte[] content) {
            Deflater deflater = DEFLATER.get();
            deflater.reset();
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name, out.toByteArray(), (int) crc.getValue(), content.length);
        }
    }

    private final OutputStream out;
    private final ByteArrayOutputStream centralDirectory = new ByteArrayOutputStream();
    private long offset;
    private int entries;

    ZipWriter(OutputStream out) {
        this.out = out;
    }

    void add(Entry entry) throws IOException {
        if (entries == MAX_ENTRIES || offset > MAX_OFFSET - entry.deflated().length) {
            throw new IOException("the site is too large for a plain zip file (65,535 files or 4 GB)");
        }
        byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer local = header(30 + name.length).putInt(0x04034b50).putShort(VERSION);
        fileFields(local, entry, name);
        out.write(local.put(name).array());
        out.write(entry.deflated());

        ByteBuffer central = header(46 + name.length).putInt(0x02014b50).putShort(VERSION).putShort(VERSION);
        fileFields(central, entry, name);
        central.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset).put(name);
        centralDirectory.write(central.array());

        offset += local.capacity() + entry.deflated().length;
        entries++;
    }

    /** The fields local and central headers share, from "flags" to "extra field length". */
    private static void fileFields(ByteBuffer header, Entry entry, byte[] name) {
        header.putShort(UTF8_NAMES).putShort(DEFLATED).putShort(DOS_TIME).putShort(DOS_DATE)
                .putInt(entry.crc()).putInt(entry.deflated().length).putInt(entry.size())
                .putShort((short) name.length).putShort((short) 0);
    }

    /** Writes the central directory and its end record. */
    @Override
    public void close() throws IOException {
        try (out) {
            out.write(centralDirectory.toByteArray());
            out.write(header(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries).putShort((short) entries)
                    .putInt(centralDirectory.size()).putInt((int) offset).putShort((short) 0).array());
        }
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
