package org.whichtherapist.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.ledger.KeptResults;

/**
 * What each content file held when last read, and what it was read as, kept between builds. An unchanged
 * stamp (size, time, identity) is not read again, as make and git do; unchanged bytes are not parsed again;
 * either way the loader gets the very same {@link SourceDocument}. A file parsed by an earlier process is taken
 * from {@link KeptResults}, by its place and the fingerprint of its bytes.
 */
public final class ContentCache {
    /** A file modified this close to its reading may have changed unseen by its time stamp: it is read again. */
    static final long RACY_MILLIS = 3_000;

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final KeptResults kept;

    /** A parse as kept for later processes: the front matter's values and lines, as the parser made them. */
    private record KeptParse(LinkedHashMap<String, Object> values, LinkedHashMap<String, Integer> lines, String body,
                             int bodyLine) implements Serializable {
        static KeptParse of(FrontMatter header) {
            return new KeptParse(new LinkedHashMap<>(header.values()), new LinkedHashMap<>(header.lines()),
                    header.body(), header.bodyLine());
        }

        FrontMatter header() {
            return new FrontMatter(values, lines, body, bodyLine);
        }
    }

    /** Parses kept in this process only. */
    public ContentCache() {
        this(KeptResults.NONE);
    }

    /** Parses also kept in {@code kept}, for later processes. */
    public ContentCache(KeptResults kept) {
        this.kept = kept;
    }

    /** One file as last read; {@code trusted}: whether an unchanged stamp means unchanged bytes. */
    record Entry(Place place, FileStamp stamp, boolean trusted, byte[] bytes, ContentLoader.Read read) {
    }

    /** A file's place: relative to the project folder, and to the content folder. */
    private record Place(String path, String contentPath) {
    }

    /** What the file is read as: remembered when unchanged since {@code stamp} (taken before), else read now. */
    ContentLoader.Read read(Path file, String path, String contentPath, FileStamp stamp,
                          Function<byte[], ContentLoader.Read> reader) throws IOException {
        Entry last = entries.get(file);
        Place place = new Place(path, contentPath);
        boolean samePlace = last != null && last.place().equals(place);
        if (samePlace && last.trusted() && last.stamp().equals(stamp)) {
            return last.read();
        }
        long readAt = System.currentTimeMillis();
        byte[] bytes = Files.readAllBytes(file);
        ContentLoader.Read read = samePlace && Arrays.equals(last.bytes(), bytes) ? last.read()
                : keptOrRead(bytes, place, reader);
        entries.put(file, new Entry(place, stamp, stamp.modified().toMillis() < readAt - RACY_MILLIS, bytes, read));
        return read;
    }

    /** The file as an earlier process parsed these bytes at this place, else read now (and kept, if it reads). */
    private ContentLoader.Read keptOrRead(byte[] bytes, Place place, Function<byte[], ContentLoader.Read> reader) {
        if (!kept.keeps()) {
            return reader.apply(bytes);
        }
        String key = kept.key("parse", place.path(), place.contentPath(), Fingerprint.of(bytes).toString());
        Optional<KeptParse> earlier = kept.get(key, KeptParse.class);
        if (earlier.isPresent()) {
            return new ContentLoader.Read(new SourceDocument(place.path(), place.contentPath(), earlier.get().header()),
                    null);
        }
        ContentLoader.Read read = reader.apply(bytes);
        if (read.document() != null) {
            kept.put(key, KeptParse.of(read.document().frontMatter()));
        }
        return read;
    }

    /** Forgets files that are gone. */
    void keepOnly(Collection<Path> files) {
        entries.keySet().retainAll(new HashSet<>(files));
    }
}
