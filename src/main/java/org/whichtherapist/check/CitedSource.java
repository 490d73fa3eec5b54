package org.whichtherapist.check;

import java.util.List;

/**
 * A source the site cites, as the source check needs it.
 *
 * @param id      its id in {@code content/_data/sources.yml}
 * @param url     its address
 * @param line    the line of its record in that file
 * @param citedBy the files that cite it (pages and care texts), in order
 */
public record CitedSource(String id, String url, int line, List<String> citedBy) {
}
