package org.whichtherapist.ledger;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one bake was made from and what each of its outputs read, as the next build compares it.
 *
 * @param frontMatter each page (by address) by a fingerprint of its source file's name and front matter
 * @param bodies      each page by a fingerprint of its rendered text
 * @param reads       for each output, the pages whose text it read
 * @param output      the stamp of the folder holding the bake, as its writer gives it ("" for none)
 */
public record BakeRecord(Inputs inputs, HashMap<String, Fingerprint> frontMatter, HashMap<String, Fingerprint> bodies,
                         HashMap<String, HashSet<String>> reads, String output) implements Serializable {

    /**
     * @param files  a digest of the stamps of the files besides the pages: templates, assets, data files, settings
     * @param values a digest of the settings' values, mode, day, time zone and language
     */
    public record Inputs(String files, String values) implements Serializable {
    }

    /** This record once baked: what the outputs read, and the stamp of the folder now holding them. */
    public BakeRecord baked(HashMap<String, HashSet<String>> outputsRead, String folderStamp) {
        return new BakeRecord(inputs, frontMatter, bodies, outputsRead, folderStamp);
    }

    /**
     * The pages whose text alone changed since {@code last}: empty when anything else changed, or the
     * folder is no longer as that bake left it ({@code outputNow}, asked only when all else matches).
     */
    public Optional<Set<String>> changedSince(Optional<BakeRecord> last, Stamp outputNow) throws java.io.IOException {
        if (last.isEmpty() || !inputs.equals(last.get().inputs) || !frontMatter.equals(last.get().frontMatter)) {
            return Optional.empty();
        }
        Set<String> changed = bodies.keySet().stream().filter(uri -> !bodies.get(uri).equals(last.get().bodies.get(uri)))
                .collect(Collectors.toSet());
        String folder = outputNow.get();
        return folder.isEmpty() || !folder.equals(last.get().output) ? Optional.empty() : Optional.of(changed);
    }

    /** The stamp of a folder, worked out when asked. */
    @FunctionalInterface
    public interface Stamp {
        String get() throws java.io.IOException;

        /** The stamp worked out on the first ask only. */
        static Stamp once(Stamp stamp) {
            String[] known = new String[1];
            return () -> known[0] != null ? known[0] : (known[0] = stamp.get());
        }
    }
}
