package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;

/**
 * A Markdown table too wide for a phone scrolls sideways in its own box (site.css), so every table
 * takes keyboard focus: a reader without a mouse or a touch screen can scroll it too (WCAG 2.1.1,
 * axe's scrollable-region-focusable), as the comparison page's table does.
 */
final class TableAttributes extends IndependentAttributeProviderFactory {

    @Override
    public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
        return (node, part, attributes) -> {
            if (node instanceof TableBlock && part == AttributablePart.NODE) {
                attributes.replaceValue("tabindex", "0");
            }
        };
    }
}
