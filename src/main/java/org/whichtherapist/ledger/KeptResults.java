package org.whichtherapist.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/** Results of a one-off build's slower steps, serialized with a checksum, for the next build's new process. */
public final class KeptResults {
    /** Keeps nothing: every step works afresh. */
    public static final KeptResults NONE = new KeptResults(null, "");

    /** Only this project's records and the JDK's values and collections are read back. */
    private static final ObjectInputFilter ONLY_RESULTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.whichtherapist.**;java.lang.*;java.util.*;!*");

    /** Each entry starts with the length and CRC-32C of what follows. */
    private static final int CHECKSUM = Long.BYTES;

    /** Results of other code kept besides this code's: the tests' alongside mvn package's. */
    private static final int OTHER_VERSIONS_KEPT = 1;

    /** Parts longer than this many characters are keyed by their fingerprint. */
    private static final int LONG_PART = 256;

    private final KeptFolder folder;
    private final String version;

    private KeptResults(KeptFolder folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    /** Results kept in {@code folder}, in a subfolder per {@link CodeVersion} (the tests and mvn package are different code). */
    public static KeptResults in(Path folder) {
        String version = CodeVersion.current();
        return new KeptResults(new KeptFolder(folder.resolve(version.substring(0, 16))), version);
    }

    /** The key of a result made from these parts and the code's version; a long part counts by its {@link Fingerprint}. */
    public String key(String... parts) {
        return KeptFolder.key(Stream.concat(Stream.of(version), Arrays.stream(parts)
                .map(part -> part.length() > LONG_PART ? "fingerprint " + Fingerprint.of(part) : part))
                .toArray(String[]::new));
    }

    /** Whether results are kept at all (not {@link #NONE}). */
    public boolean keeps() {
        return folder != null;
    }

    public <V extends Serializable> Optional<V> get(String key, Class<V> type) {
        if (folder == null) {
            return Optional.empty();
        }
        return folder.read(key).filter(KeptResults::whole).flatMap(bytes -> {
            try (ObjectInputStream in = new ObjectInputStream(
                    new ByteArrayInputStream(bytes, CHECKSUM, bytes.length - CHECKSUM))) {
                in.setObjectInputFilter(ONLY_RESULTS);
                Object value = in.readObject();
                return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                return Optional.empty(); // cut short or from other code: made again
            }
        });
    }

    public void put(String key, Serializable value) {
        if (folder == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        folder.keep(key, ByteBuffer.allocate(CHECKSUM + payload.length).putLong(checksum(payload, 0, payload.length))
                .put(payload).array());
    }

    /** Whether the entry is as written: a damaged one is made again, not read as something else. */
    private static boolean whole(byte[] entry) {
        return entry.length >= CHECKSUM
                && ByteBuffer.wrap(entry).getLong() == checksum(entry, CHECKSUM, entry.length - CHECKSUM);
    }

    /** The length and CRC-32C of the serialized result. */
    private static long checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return ((long) length << 32) | crc.getValue();
    }

    /** Deletes the results this build did not use, and those of all but the latest other code. */
    public void forgetUnused() throws IOException {
        if (folder != null) {
            folder.forgetUnused();
            folder.forgetOlderSiblings(OTHER_VERSIONS_KEPT);
        }
    }
}
