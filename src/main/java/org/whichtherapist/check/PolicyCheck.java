package org.whichtherapist.check;

import java.util.HashMap;
import java.util.Map;

import org.whichtherapist.core.Problems;
import org.whichtherapist.render.ContentSecurityPolicy;
import org.whichtherapist.render.InlineCode;

/**
 * Every page with inline script or style declares a Content Security Policy allowing it by hash, first in its
 * head; otherwise it would show broken on every host, so the build stops instead.
 */
public final class PolicyCheck {
    private PolicyCheck() {
    }

    public static Problems check(BuiltPages site) {
        Problems problems = new Problems();
        Map<InlineCode, Boolean> allowed = new HashMap<>(); // most pages have the same code and policy: read once
        for (String page : site.pages()) {
            InlineCode code = site.scan(page).inlineCode();
            if (code.isEmpty() || allowed.computeIfAbsent(code, c -> ContentSecurityPolicy.allows(c.declared(), c))) {
                continue;
            }
            problems.error("output " + page, 0, code.declared().isEmpty()
                            ? "this page has inline script or style but no Content Security Policy before it"
                            : "this page has inline script or style that its Content Security Policy does not allow",
                    "templates inline only the stylesheet and files of assets/inline/ (assets.inline(\"name\")), after"
                            + " <@head.security_policy path=path/>: move other code there, or to a file in assets/js/ or assets/css/");
        }
        return problems;
    }
}
