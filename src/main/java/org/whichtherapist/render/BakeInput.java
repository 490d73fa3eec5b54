package org.whichtherapist.render;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.render.pictures.SitePictures;

/**
 * What a bake renders: the pages, with their Markdown already rendered, the assets (the
 * stylesheet to inline and the fingerprinted names pages link to) and the pictures (share cards and
 * diagrams, which templates reach as {@code pictures}).
 */
public record BakeInput(SiteContent site, SiteAssets assets, SitePictures pictures) {
}
