package org.whichtherapist.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Paths inside one folder (the site, or content/), written with '/', as links give them. */
public final class SitePaths {
    private SitePaths() {
    }

    /**
     * Where {@code target}, written in the file at {@code from}, leads: relative to that file's folder,
     * or to the root when it starts with '/'; "." and empty parts dropped, ".." taken back. Empty when
     * it climbs above the root.
     */
    public static Optional<String> resolve(String from, String target) {
        String base = target.startsWith("/") ? "" : from.substring(0, from.lastIndexOf('/') + 1);
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + target).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
