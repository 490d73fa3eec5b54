package org.whichtherapist.render;

import java.util.Set;

import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import org.whichtherapist.content.Page;

/**
 * Freemarker's default wrapping, except that a {@link Page} tells {@link BodyDependencies} when a template reads what
 * comes from its Markdown; Java code reading a page records nothing.
 */
public final class PageReadsWrapper extends DefaultObjectWrapper {
    /** The page properties that change when only the page's Markdown text changes. */
    static final Set<String> FROM_MARKDOWN = Set.of("body", "toc", "text", "rendered", "source", "readingMinutes");

    public PageReadsWrapper() {
        super(settings(), true);
    }

    private static DefaultObjectWrapperBuilder settings() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        settings.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return settings;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Page page) {
            return new PageModel(page, this);
        }
        return super.handleUnknownType(object);
    }

    /**
     * A page as templates see it, reporting reads of its Markdown-derived properties. StringModel is
     * deprecated for GenericObjectModel, whose get(String) is final: it cannot report reads.
     */
    @SuppressWarnings("deprecation")
    private static final class PageModel extends StringModel {
        PageModel(Page page, PageReadsWrapper wrapper) {
            super(page, wrapper);
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (FROM_MARKDOWN.contains(key)) {
                BodyDependencies.read(((Page) object)::uri);
            }
            return super.get(key);
        }
    }
}
