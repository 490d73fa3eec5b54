package org.whichtherapist.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The text check that stops a page nested too deep before the parser, which may recurse once per level, reads it. */
class NestingCheckTest {

    private static String nested(int levels, String indent, String marker) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            text.append(indent.repeat(level)).append(marker).append("level ").append(level + 1).append('\n');
        }
        return text.toString();
    }

    @Test
    void listsNestedByIndentingEachItemAreCountedDownThePage() {
        assertEquals(OptionalInt.of(20), NestingCheck.tooDeepLine(nested(1000, "  ", "- ")), "the 21st level");
        assertEquals(OptionalInt.of(20), NestingCheck.tooDeepLine(nested(30, "   ", "1. ")), "numbered items");
        assertEquals(OptionalInt.of(20), NestingCheck.tooDeepLine(nested(30, "\t", "* ")), "indented with tabs");
        assertEquals(OptionalInt.empty(), NestingCheck.tooDeepLine(nested(20, "  ", "- ")), "20 levels are allowed");
    }

    @Test
    void itemsSideBySideAndTextAfterAListCloseWhatWasOpen() {
        String siblings = "- an item\n".repeat(100);
        assertEquals(OptionalInt.empty(), NestingCheck.tooDeepLine(siblings));
        String listsAfterText = (nested(15, "  ", "- ") + "\nA paragraph.\n\n").repeat(10);
        assertEquals(OptionalInt.empty(), NestingCheck.tooDeepLine(listsAfterText));
        String continued = nested(15, "  ", "- ") + "                              more of the last item\n";
        assertEquals(OptionalInt.empty(), NestingCheck.tooDeepLine(continued), "a continuation line opens nothing");
    }

    @Test
    void markersOnOneLineAddToThoseOpenAbove() {
        assertEquals(OptionalInt.of(0), NestingCheck.tooDeepLine("> ".repeat(21) + "deep"));
        assertEquals(OptionalInt.empty(), NestingCheck.tooDeepLine("> ".repeat(20) + "deep"));
        assertEquals(OptionalInt.of(10), NestingCheck.tooDeepLine(nested(10, "  ", "- ") + "                    "
                + "> ".repeat(11) + "a quote in the tenth item"));
    }
}
