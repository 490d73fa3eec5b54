package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline citation, {@code [^nhs-physiotherapy]}: a footnote with no text, naming one of the page's sources. */
final class Citation extends Node {
    private final String sourceId;
    private int number;

    Citation(String sourceId) {
        this.sourceId = sourceId;
    }

    String sourceId() {
        return sourceId;
    }

    int number() {
        return number;
    }

    void number(int value) {
        number = value;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
