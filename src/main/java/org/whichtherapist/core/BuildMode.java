package org.whichtherapist.core;

/** What a build is for. */
public enum BuildMode {
    /** {@code mvn package}: only published pages whose date has come. */
    PUBLISH,
    /** {@code mvn jetty:run}: drafts too, marked with a banner, and the live-reload script. */
    PREVIEW;

    public boolean includesDrafts() {
        return this == PREVIEW;
    }
}
