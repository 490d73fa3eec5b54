package org.whichtherapist.check;

import java.util.List;

/**
 * A source the site cites, as the source check needs it.
 *
 * @param line    the line of its record in {@code content/_data/sources.yml}
 * @param citedBy the files that cite it, in order
 */
public record CitedSource(String id, String url, int line, List<String> citedBy) {
}
