package org.whichtherapist.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values that stand in for real ones until the site goes live: the names the internet keeps for
 * examples and tests (example.com, example.org, example.net and their subdomains; the .example, .test,
 * .invalid and .localhost endings, RFC 2606 and 6761), this computer, and Ofcom's drama phone numbers
 * (the mobile range 07700 900000–900999, and the London 020 7946 0xxx and 01632 960xxx ranges).
 */
public final class Placeholders {
    private static final Pattern EXAMPLE_HOST = Pattern.compile(
            "(?:.*\\.)?(?:example\\.(?:com|org|net)|[^.]+\\.(?:example|test|invalid|localhost))|localhost|127(?:\\.\\d+){3}|\\[?::1]?");
    private static final Pattern DRAMA_PHONE = Pattern.compile("(?:\\+44|0)(?:7700900|2079460|1632960)\\d{3}");

    private Placeholders() {
    }

    /** Whether a host name (www.example.com, localhost) is one kept for examples, tests or this computer. */
    public static boolean isExampleHost(String host) {
        return host != null && EXAMPLE_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a web address is on such a host (or is not a web address at all). */
    public static boolean isExampleAddress(String address) {
        try {
            return isExampleHost(new URI(address).getHost());
        } catch (URISyntaxException e) {
            return true;
        }
    }

    /** Whether an email address is at such a host (hello@example.com). */
    public static boolean isExampleEmail(String email) {
        int at = email.lastIndexOf('@');
        return at >= 0 && isExampleHost(email.substring(at + 1).strip());
    }

    /** Whether a phone number is one of Ofcom's drama numbers, however it is spaced. */
    public static boolean isDramaPhone(String phone) {
        return DRAMA_PHONE.matcher(phone.replaceAll("[\\s()-]", "")).matches();
    }
}
