package org.whichtherapist.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.whichtherapist.ledger.KeptFolder;
import org.whichtherapist.core.SiteFiles;

/** Compressed copies kept between builds, named by a SHA-256 of the settings and the bytes they were made from. */
final class CompressionCache {
    private final KeptFolder kept;
    private final byte[] settings;

    /** {@code settings}: everything besides the bytes that decides what the copies hold. */
    CompressionCache(Path folder, String settings) {
        this.kept = new KeptFolder(folder);
        this.settings = settings.getBytes(StandardCharsets.UTF_8);
    }

    /** The name the copies of these bytes have in the cache. */
    String key(byte[] content) {
        return KeptFolder.key(settings, content);
    }

    /** Links (or copies) the kept copy {@code key + suffix} to {@code target}; false when it is not kept. */
    boolean giveTo(String key, String suffix, Path target) {
        try {
            SiteFiles.linkOrCopy(kept.entry(key + suffix), target);
            return true;
        } catch (IOException e) {
            return false; // not kept, or gone meanwhile (another build tidied the cache): compress again
        }
    }

    /** Keeps a copy for later builds. */
    void keep(String key, String suffix, byte[] compressed) {
        kept.keep(key + suffix, compressed);
    }

    /** Deletes the entries this build did not use: the cache holds one site's copies, not every site's since. */
    void forgetUnused() throws IOException {
        kept.forgetUnused();
    }
}
