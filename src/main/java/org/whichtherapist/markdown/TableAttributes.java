package org.whichtherapist.markdown;

import org.jetbrains.annotations.NotNull;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;

/** Every table takes keyboard focus: a wide one scrolls in its own box (WCAG 2.1.1, scrollable-region-focusable). */
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
