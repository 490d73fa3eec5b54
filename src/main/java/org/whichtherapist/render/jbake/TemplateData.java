package org.whichtherapist.render.jbake;

import org.whichtherapist.content.SiteContent;
import org.whichtherapist.render.SiteAssets;
import org.whichtherapist.render.pictures.SitePictures;

/**
 * What templates get besides JBake's own model: the pages and their cross-references ({@code site}),
 * the stylesheet and fingerprinted asset names ({@code stylesheet}, {@code assets}) and the share cards
 * and diagrams ({@code pictures}).
 */
public record TemplateData(SiteContent site, SiteAssets assets, SitePictures pictures) {
}
