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

    /** The first line (0-based) opening too many quotes or lists at once: such a line can overflow the parser. */
    static OptionalInt tooDeepLine(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (openedOn(lines[i]) > MAX_LEVELS) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** How many quote or list markers start the line. */
    private static int openedOn(String line) {
        int markers = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && isSpace(line.charAt(i + 1))) {
                markers++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < line.length() && Character.isDigit(line.charAt(end))) {
                    end++;
                }
                if (end + 1 < line.length() && (line.charAt(end) == '.' || line.charAt(end) == ')')
                        && isSpace(line.charAt(end + 1))) {
                    markers++;
                    i = end + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers;
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
