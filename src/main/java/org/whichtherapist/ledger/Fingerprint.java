package org.whichtherapist.ledger;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What some bytes held: their length and two CRCs of different polynomials, together a 64-bit
 * checksum, to tell whether a file or text changed. Both CRCs are built into the processor, so this
 * costs next to nothing; SHA-256 ({@code Hashes}) names things that must never be mistaken for
 * each other, but costs a hundred times more in the build's quick-starting Java (no SHA instructions).
 */
public record Fingerprint(int length, int crc32, int crc32c) implements java.io.Serializable {

    public static Fingerprint of(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcC = new CRC32C();
        crcC.update(bytes);
        return new Fingerprint(bytes.length, (int) crc.getValue(), (int) crcC.getValue());
    }

    /** The fingerprint of the text's UTF-8 bytes. */
    public static Fingerprint of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
