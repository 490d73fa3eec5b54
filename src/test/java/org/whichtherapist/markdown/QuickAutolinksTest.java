package org.whichtherapist.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/** The quick look before flexmark's autolinks finds every link flexmark's own extension finds. */
class QuickAutolinksTest {
    private static final String TEXT = """
            Visit www.nhs.uk today, or mail someone@example.com. See https://www.nhs.uk/conditions/ and http://x.org.

            A bare scheme https:// only. Entities: http&#58;//example.com, www&#46;example.com, a&#64;b.com.

            Escaped: www\\.example\\.com and user\\@example.com, it's at www.nhs.uk's page, "quoted" www.example.com's.

            wwwx w.w.w. www ww.w WWW.EXAMPLE.COM, ratio 3:2 at 10:30... -- `code www.x.com` and ~~gone www.y.com~~.

            [link text www.example.com](https://a.b) *emphasis www.example.com* _x_www.example.com a-www.example.org

            - mailto:x@y.z and ftp://files.example.com
            - <https://angle.example.com> and www.example.com/path?q=1#top.
            """;

    @Test
    void theSameLinksAsFlexmarksAutolinkExtension() {
        String stock = html(AutolinkExtension.create());
        assertEquals(stock, html(QuickAutolinks.create()));
        assertTrue(stock.contains("<a href=\"http://www.nhs.uk\">www.nhs.uk</a>"), stock);
        assertTrue(stock.contains("<a href=\"mailto:someone@example.com\">"), stock);
    }

    private static String html(Extension autolinks) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(TypographicExtension.create(), StrikethroughExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(TEXT));
    }
}
