package org.whichtherapist.ledger;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import org.objenesis.strategy.StdInstantiatorStrategy;

/** Results of a one-off build's slower steps, serialized (Kryo) with a checksum, for the next build's new process. */
public final class KeptResults {
    /** Keeps nothing: every step works afresh. */
    public static final KeptResults NONE = new KeptResults(null, "");

    private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(KeptResults::kryo);

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
            try (Input in = new Input(bytes, CHECKSUM, bytes.length - CHECKSUM)) {
                Object value = KRYO.get().readClassAndObject(in);
                return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
            } catch (LinkageError | RuntimeException e) {
                return Optional.empty(); // cut short or from other code: made again
            }
        });
    }

    public void put(String key, Serializable value) {
        if (folder == null) {
            return;
        }
        Output out = new Output(1 << 12, -1);
        out.setPosition(CHECKSUM);
        KRYO.get().writeClassAndObject(out, value);
        byte[] entry = out.toBytes();
        folder.keep(key, ByteBuffer.wrap(entry).putLong(checksum(entry, CHECKSUM, entry.length - CHECKSUM)).array());
    }

    /**
     * Kryo, one per thread (it is not thread-safe): classes named in the entry, but only this project's and the JDK's
     * values and collections are loaded; no shared references, as results are plain values.
     */
    private static Kryo kryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        kryo.setReferences(false);
        kryo.setClassLoader(ONLY_RESULTS);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo);
        return kryo;
    }

    /** Loads only this project's classes and the JDK's values and collections. */
    private static final ClassLoader ONLY_RESULTS = new ClassLoader(KeptResults.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!(name.startsWith("org.whichtherapist.") || name.startsWith("java.util.")
                    || name.startsWith("java.lang."))) {
                throw new ClassNotFoundException(name + " is not a result this build keeps");
            }
            return super.loadClass(name, resolve);
        }
    };

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
