package org.whichtherapist.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compressed copies kept between builds (under {@code target/}), named by what they were made
 * from: a SHA-256 of the compression settings and the file's bytes. The same bytes are therefore
 * never compressed twice, whichever page they belong to and however the page was named; a copy
 * made from other bytes or other settings can never be mistaken for one of these.
 */
final class CompressionCache {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Path folder;
    private final byte[] settings;
    /** The entries this build used or made: the others are removed at the end ({@link #forgetUnused}). */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** {@code settings}: everything besides the bytes that decides what the copies hold. */
    CompressionCache(Path folder, String settings) {
        this.folder = folder;
        this.settings = settings.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The name the copies of these bytes have in the cache. */
    String key(byte[] content) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        digest.update(settings);
        digest.update((byte) 0);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Puts the cached copy {@code key + suffix} at {@code target} (a hard link where the file system
     * allows, else a copy); false when the cache does not have it.
     */
    boolean giveTo(String key, String suffix, Path target) {
        Path entry = folder.resolve(key + suffix);
        used.add(entry.getFileName().toString());
        try {
            try {
                Files.createLink(target, entry);
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                if (!Files.isRegularFile(entry)) {
                    return false;
                }
                Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false; // gone meanwhile (another build tidied the cache): compress again
        }
    }

    /** Keeps a copy for later builds; written whole under a temporary name, then renamed. */
    void keep(String key, String suffix, byte[] compressed) {
        Path entry = folder.resolve(key + suffix);
        used.add(entry.getFileName().toString());
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".partial-", suffix);
            Files.write(partial, compressed);
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a compressed copy in " + folder, e);
        }
    }

    /** Deletes the entries this build did not use: the cache holds one site's copies, not every site's since. */
    void forgetUnused() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!used.contains(name) && !name.startsWith(".partial-")) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }
}
