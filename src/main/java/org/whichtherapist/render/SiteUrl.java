package org.whichtherapist.render;

import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * {@code url("articles.html")} for templates: the address of a file of the site from the output being written
 * ("" at the top, "../" one folder down, the full site address on the 404 page).
 *
 * @param root what this output's links to the site start with: "", "../", or the site's full address
 */
public record SiteUrl(String root) implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel path)) {
            throw new TemplateModelException("url takes one address below the site root, e.g. url(\"articles.html\")");
        }
        return root + path.getAsString();
    }
}
