package org.whichtherapist.render;

import java.util.ArrayList;
import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * {@code listPages("articles.html", site.articles?size)} for templates (the sitemap): the
 * addresses of every page a list of that many items is split into ({@link ListPage}).
 */
public final class ListPageAddresses implements TemplateMethodModelEx {
    private final int perPage;

    public ListPageAddresses(int perPage) {
        this.perPage = perPage;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 2 || !(arguments.get(0) instanceof TemplateScalarModel first)
                || !(arguments.get(1) instanceof TemplateNumberModel size)) {
            throw new TemplateModelException("listPages takes the list's first address and its length,"
                    + " e.g. listPages(\"articles.html\", site.articles?size)");
        }
        List<String> addresses = new ArrayList<>();
        for (int number = 1; number <= ListPage.pagesFor(size.getAsNumber().intValue(), perPage); number++) {
            addresses.add(ListPage.address(first.getAsString(), number));
        }
        return addresses;
    }
}
