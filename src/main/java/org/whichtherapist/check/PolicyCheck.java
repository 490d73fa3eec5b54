package org.whichtherapist.check;

import org.whichtherapist.core.Problems;
import org.whichtherapist.render.ContentSecurityPolicy;
import org.whichtherapist.render.InlineCode;

/**
 * Every page that runs inline script or style declares, as the first element of its {@code <head>}
 * after the character set, a Content Security Policy that allows that code by hash
 * ({@link ContentSecurityPolicy}). A page that breaks this would show unstyled, or without its script,
 * on every host; the build stops instead. (A page with no inline code, such as a verification file
 * copied from {@code assets/}, needs no policy of its own: {@code _headers} still covers it.)
 */
public final class PolicyCheck {
    private PolicyCheck() {
    }

    public static Problems check(BuiltPages site) {
        Problems problems = new Problems();
        for (String page : site.pages()) {
            InlineCode code = site.scan(page).inlineCode();
            if (code.isEmpty() || ContentSecurityPolicy.allows(code.declared(), code)) {
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
