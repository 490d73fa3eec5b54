package org.whichtherapist.schema;

/**
 * The pages that say who runs the site and how (the disclosure pages), by their front matter's {@code kind}; the
 * last, where the urgent-care advice comes from, is made from the care texts rather than the owner's file.
 */
public enum DisclosureKind {
    OWNER("who-runs-this-site", "Who runs this site",
            "Who runs this site, how it is paid for, and anything that could tilt what it says."),
    EDITORIAL("editorial-policy", "Editorial policy",
            "Where our facts come from, who writes and checks each page, and how we correct mistakes."),
    ACCESSIBILITY("accessibility", "Accessibility statement",
            "How accessible this website is, what we know does not work yet, and how to tell us about a problem."),
    PRIVACY("privacy", "Privacy", "This site sets no cookies and does not track you. What happens if you email us."),
    CARE("urgent-care-advice", "Where our urgent-care advice comes from",
            "The NHS pages the care boxes on this site follow, and who checked the boxes against them.");

    private final String id;
    private final String title;
    private final String summary;

    DisclosureKind(String id, String title, String summary) {
        this.id = id;
        this.title = title;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The word templates switch on ({@code page.data.kind}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
