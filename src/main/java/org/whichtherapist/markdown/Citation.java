package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline citation, {@code [^nhs-physiotherapy]}: flexmark's footnote syntax with no footnote
 * text of that name, naming one of the page's sources. Shown as the source's number in the page's
 * Sources list, linking to it.
 */
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
