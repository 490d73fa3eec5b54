package org.whichtherapist.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every fingerprint of the build is made of: asset names, photos, share cards, kept results. */
public final class Hashes {
    private Hashes() {
    }

    /** The SHA-256 of the parts, one after the other. */
    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@link #sha256} in lower-case hex. */
    public static String sha256Hex(byte[]... parts) {
        return HexFormat.of().formatHex(sha256(parts));
    }
}
