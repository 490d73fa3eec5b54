package org.whichtherapist.render;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.render.pictures.SitePictures;

/**
 * What a bake renders: the pages, with their Markdown already rendered, the assets (the
 * stylesheet and head script to inline and the fingerprinted names pages link to), the pictures (share
 * cards and diagrams, which templates reach as {@code pictures}) and the Content Security Policy each
 * page declares ({@code securityPolicy}).
 */
public record BakeInput(SiteContent site, SiteAssets assets, SitePictures pictures, ContentSecurityPolicy policy) {
}
