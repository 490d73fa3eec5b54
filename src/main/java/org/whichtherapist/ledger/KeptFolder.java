package org.whichtherapist.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.whichtherapist.core.Hashes;
import org.whichtherapist.core.SiteFiles;

/**
 * The one way a build keeps files for the next: a folder under {@code target/} whose entries are named
 * by what they were made from ({@link #key}), written whole under a temporary name and renamed in, and
 * deleted at the end of a build that neither used nor made them ({@link #forgetUnused}).
 */
public final class KeptFolder {
    private static final String PARTIAL = ".partial-";

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public KeptFolder(Path folder) {
        this.folder = folder;
    }

    /** A name for what is made from these parts, in this order (each part ends where the next begins). */
    public static String key(byte[]... parts) {
        byte[][] delimited = new byte[parts.length * 2][];
        for (int i = 0; i < parts.length; i++) {
            delimited[2 * i] = (parts[i].length + "\0").getBytes(StandardCharsets.US_ASCII);
            delimited[2 * i + 1] = parts[i];
        }
        return Hashes.sha256Hex(delimited);
    }

    /** {@link #key(byte[]...)} of texts. */
    public static String key(String... parts) {
        return key(Arrays.stream(parts).map(part -> part.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    /** Where the entry of this name is (or would be); the entry counts as used by this build. */
    public Path entry(String name) {
        used.add(name);
        return folder.resolve(name);
    }

    /** Whether the entry is kept; it counts as used by this build. */
    public boolean has(String name) {
        return Files.isRegularFile(entry(name));
    }

    /** The entry's bytes, if it is kept. */
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(entry(name)));
        } catch (IOException e) {
            return Optional.empty(); // not kept, or tidied away by another build meanwhile
        }
    }

    /** Keeps the bytes under the name. */
    public void keep(String name, byte[] bytes) {
        Path entry = entry(name);
        try {
            Files.createDirectories(entry.getParent());
            Path partial = Files.createTempFile(entry.getParent(), PARTIAL, ".tmp");
            Files.write(partial, bytes);
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a file in " + folder, e);
        }
    }

    /** A new file in the folder, not an entry yet, for a tool to write into before {@link #moveIn}. */
    public Path partial() throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, PARTIAL, ".tmp");
        Files.delete(partial);
        return partial;
    }

    /** Renames a whole file written elsewhere in the folder ({@link #partial}) in as the entry. */
    public void moveIn(Path made, String name) throws IOException {
        Files.move(made, entry(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the entries this build did not use. */
    public void forgetUnused() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Path entry : SiteFiles.all(folder)) {
            if (!used.contains(SiteFiles.relative(folder, entry)) && !entry.getFileName().toString().startsWith(PARTIAL)) {
                Files.deleteIfExists(entry);
            }
        }
    }

    /** Deletes the folders beside this one except the {@code keep} last changed (results of other code). */
    public void forgetOlderSiblings(int keep) throws IOException {
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> others;
        try (Stream<Path> siblings = Files.list(parent)) {
            others = siblings.filter(Files::isDirectory).filter(sibling -> !sibling.equals(folder))
                    .sorted(Comparator.comparing(KeptFolder::lastChanged).reversed()).toList();
        }
        for (Path old : others.subList(Math.min(keep, others.size()), others.size())) {
            PathUtils.deleteDirectory(old);
        }
    }

    private static FileTime lastChanged(Path folder) {
        try {
            return Files.getLastModifiedTime(folder);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
