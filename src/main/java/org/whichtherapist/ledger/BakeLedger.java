package org.whichtherapist.ledger;

import java.util.Optional;

/** Where the last bake's {@link BakeRecord} is kept: in memory for the preview, on disk for one-off builds. */
public final class BakeLedger {
    private final KeptResults kept;
    private volatile BakeRecord last;

    /** A ledger kept in {@code kept}, or only in memory when that keeps nothing. */
    public BakeLedger(KeptResults kept) {
        this.kept = kept;
    }

    public Optional<BakeRecord> last() {
        return kept.keeps() ? kept.get(kept.key("last bake"), BakeRecord.class) : Optional.ofNullable(last);
    }

    public void keep(BakeRecord record) {
        last = record;
        kept.put(kept.key("last bake"), record);
    }

    /** The folder holding the last bake was left half written: the next bake is whole (the disk's record is kept with its folder). */
    public void forget() {
        last = null;
    }
}
