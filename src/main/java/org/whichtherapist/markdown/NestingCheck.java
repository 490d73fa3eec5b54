package org.whichtherapist.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Lists, quotes and callouts nested deeper than a reader could follow, or the renderer's stack survive. */
final class NestingCheck {
    static final int MAX_LEVELS = 20;

    private NestingCheck() {
    }

    /**
     * The first line (0-based) inside too many quotes or lists: those its markers open, and the list items still
     * open above it (an item stays open while the lines below are indented to its text). Such a line can overflow
     * the parser, which may recurse once per level.
     */
    static OptionalInt tooDeepLine(String markdown) {
        String[] lines = markdown.split("\n", -1);
        Deque<Integer> openItems = new ArrayDeque<>(); // the column where each open item's text begins
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Markers markers = Markers.of(lines[i]);
            while (!openItems.isEmpty() && markers.indent() < openItems.peek()) {
                openItems.pop();
            }
            if (openItems.size() + markers.count() > MAX_LEVELS) {
                return OptionalInt.of(i);
            }
            if (markers.itemText() >= 0) {
                openItems.push(markers.itemText());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The quote or list markers starting a line.
     *
     * @param indent   the column of the line's first character that is not a space
     * @param count    how many markers start the line
     * @param itemText the column where the text of the last list item it opens begins, -1 if it opens none
     */
    private record Markers(int indent, int count, int itemText) {
        static Markers of(String line) {
            int markers = 0;
            int column = 0;
            int indent = -1;
            int itemText = -1;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                int next = i + 1;
                if (c == ' ' || c == '\t') {
                    column = c == '\t' ? column + 4 - column % 4 : column + 1;
                    i++;
                    continue;
                }
                indent = indent < 0 ? column : indent;
                if (c == '>') {
                    markers++;
                } else if ((c == '-' || c == '*' || c == '+') && next < line.length() && isSpace(line.charAt(next))) {
                    markers++;
                    next++;
                    itemText = column + 2;
                } else if (Character.isDigit(c)) {
                    while (next < line.length() && Character.isDigit(line.charAt(next))) {
                        next++;
                    }
                    if (next + 1 < line.length() && (line.charAt(next) == '.' || line.charAt(next) == ')')
                            && isSpace(line.charAt(next + 1))) {
                        markers++;
                        next += 2;
                        itemText = column + next - i;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                column += next - i;
                i = next;
            }
            return new Markers(Math.max(indent, 0), markers, itemText);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** The first node nested too deep, found without recursion so the check itself cannot overflow. */
    static Optional<Node> tooDeep(Document document) {
        record Visit(Node node, int levels) {
        }
        Deque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(document, 0));
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            int levels = visit.levels() + (isLevel(visit.node()) ? 1 : 0);
            if (levels > MAX_LEVELS) {
                return Optional.of(visit.node());
            }
            for (Node child = visit.node().getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(new Visit(child, levels)); // the first child on top: visited in page order
            }
        }
        return Optional.empty();
    }

    private static boolean isLevel(Node node) {
        return node instanceof ListBlock || node instanceof BlockQuote || node instanceof AdmonitionBlock;
    }
}
