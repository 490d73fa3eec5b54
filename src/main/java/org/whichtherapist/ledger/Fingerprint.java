package org.whichtherapist.ledger;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** What "unchanged" means for bytes or text: their length and two CRCs (built into the processor, unlike SHA-256). */
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
