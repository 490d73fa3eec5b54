package org.whichtherapist.render;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.render.pictures.SitePictures;

/** What a bake renders: the pages (Markdown already rendered), the assets, the pictures and the Content Security Policy. */
public record BakeInput(SiteContent site, SiteAssets assets, SitePictures pictures, ContentSecurityPolicy policy) {
}
