package org.whichtherapist.ledger;

import java.util.Optional;

/**
 * Where the last bake's {@link BakeRecord} is kept: in memory for the preview, on disk for one-off builds, which
 * also keep the record of the site the last publish replaced and kept ({@link #setAside}).
 */
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

    /** The record of the site kept when the last one was published over it (none in memory). */
    public Optional<BakeRecord> earlier() {
        return kept.get(kept.key("earlier bake"), BakeRecord.class);
    }

    public void keep(BakeRecord record) {
        last = record;
        kept.put(kept.key("last bake"), record);
    }

    /** The last bake's site was kept aside as the earlier one: its record goes with it. */
    public void setAside() {
        last().ifPresent(record -> kept.put(kept.key("earlier bake"), record));
    }

    /** The folder holding the last bake was left half written: the next bake is whole (the disk's record is kept with its folder). */
    public void forget() {
        last = null;
    }
}
