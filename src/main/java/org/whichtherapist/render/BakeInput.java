package org.whichtherapist.render;

import org.whichtherapist.content.SiteContent;

/**
 * What a bake renders: the pages, with their Markdown already rendered, and the assets (the
 * stylesheet to inline and the fingerprinted names pages link to).
 */
public record BakeInput(SiteContent site, SiteAssets assets) {
}
