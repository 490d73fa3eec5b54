package org.whichtherapist.check;

/**
 * What following one web address found.
 *
 * @param status the last HTTP status code, or 0 when nothing answered
 * @param note   the redirects followed ("301 → https://…"), or what went wrong, in plain words
 */
public record LinkResult(String url, Outcome outcome, int status, String finalUrl, String note) {

    /** What an answer means for a source a page cites. */
    public enum Outcome {
        /** It answered with the page, at the address written. */
        OK,
        /** It answered with the page, after a temporary redirect: nothing to change. */
        REDIRECTED,
        /** It answered with the page after a permanent redirect (301, 308): the source's address should change. */
        MOVED,
        /** 404 or 410: the page is not there. */
        GONE,
        /** 401, 403, 429: the site would not answer a program; a person must look. */
        REFUSED,
        /** No answer in time, no connection, a server error or endless redirects: look again later. */
        UNREACHABLE;

        /** Whether the owner must change something (or at least look) before the next check. */
        public boolean needsAction() {
            return this == MOVED || this == GONE || this == UNREACHABLE;
        }
    }
}
