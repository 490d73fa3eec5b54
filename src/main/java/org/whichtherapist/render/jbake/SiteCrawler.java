package org.whichtherapist.render.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;

/**
 * JBake's crawler, fed from the pages this build has already read, checked and rendered,
 * instead of reading the content folder again. Drafts and future-dated pages were left out
 * before this point, so JBake never writes a {@code -draft.html} file.
 */
final class SiteCrawler extends Crawler {
    private final ContentStore db;
    private final SiteContent site;

    SiteCrawler(ContentStore db, JBakeConfiguration config, SiteContent site) {
        super(db, config);
        this.db = db;
        this.site = site;
    }

    @Override
    public void crawl() {
        for (Page page : site.all()) {
            db.addDocument(DocumentModels.from(page));
        }
    }

    @Override
    public void crawlDataFiles() {
        // The site keeps its data in front matter; JBake's data folder is not used.
    }
}
