package org.whichtherapist.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.ledger.FileStamp;

/**
 * What each content file held when {@link ContentLoader} last read it, and what it was read as,
 * kept from one build to the next (the preview builds again on every save).
 * <p>
 * A file whose size, modification time and identity on disk are unchanged is not read again, as
 * make and git do; a file whose time changed but whose bytes did not is read but not parsed again.
 * Either way the loader gets back the very same {@link SourceDocument}. A file changed so soon
 * after it was read that its time may not show the change ({@link #RACY_MILLIS}) is always read again.
 */
public final class ContentCache {
    /** Files modified this close to the moment they were read are read again next time. */
    static final long RACY_MILLIS = 3_000;

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /**
     * One file as last read.
     *
     * @param place       where the file is (relative to the project, and to content/)
     * @param stamp       its size, time and identity on disk, read before its bytes
     * @param trusted     whether an unchanged stamp means unchanged bytes
     * @param bytes       what it held
     * @param read        what it was read as
     */
    record Entry(Place place, FileStamp stamp, boolean trusted, byte[] bytes, ContentLoader.Read read) {

        boolean holds(byte[] content) {
            return Arrays.equals(bytes, content);
        }
    }

    /** A file's place: relative to the project folder, and to the content folder. */
    private record Place(String path, String contentPath) {
    }

    /** Whether the file may have changed since {@code stamp} was taken a little before {@code readAtMillis}. */
    private static boolean isRacy(FileStamp stamp, long readAtMillis) {
        return stamp.modified().toMillis() >= readAtMillis - RACY_MILLIS;
    }

    /** Turns a file's bytes into what it is read as. */
    @FunctionalInterface
    interface Reader {
        ContentLoader.Read read(byte[] bytes);
    }

    /**
     * What the file at {@code file} ({@code path} in the project, {@code contentPath} in content/)
     * is read as: remembered when it has not changed, else {@code reader}'s reading of its bytes.
     *
     * @param stamp the file's stamp, taken before this call
     */
    ContentLoader.Read read(Path file, String path, String contentPath, FileStamp stamp, Reader reader) throws IOException {
        Entry last = entries.get(file);
        Place place = new Place(path, contentPath);
        boolean samePlace = last != null && last.place().equals(place);
        if (samePlace && last.trusted() && last.stamp().equals(stamp)) {
            return last.read();
        }
        long readAt = System.currentTimeMillis();
        byte[] bytes = Files.readAllBytes(file);
        ContentLoader.Read read = samePlace && last.holds(bytes) ? last.read() : reader.read(bytes);
        entries.put(file, new Entry(place, stamp, !isRacy(stamp, readAt), bytes, read));
        return read;
    }

    /** Forgets files that are gone. */
    void keepOnly(Collection<Path> files) {
        Set<Path> present = new HashSet<>(files);
        entries.keySet().retainAll(present);
    }
}
