package org.whichtherapist.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a built site with the headers its {@code _headers} file asks for, as Netlify and
 * Cloudflare Pages do ({@code /*} and exact paths), and collects the Content Security Policy
 * violations browsers report: the policy gets a {@code report-uri} pointing back at this server.
 */
final class HostHeaders extends HttpFilter {
    static final String REPORTS = "/_csp-report";

    private final Map<String, Map<String, String>> rules;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private HostHeaders(Map<String, Map<String, String>> rules) {
        this.rules = rules;
    }

    /** The rules of a site's {@code _headers} file; none when the site has no such file. */
    static HostHeaders of(Path site) throws IOException {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Path file = site.resolve("_headers");
        if (Files.isRegularFile(file)) {
            Map<String, String> current = null;
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    current = rules.computeIfAbsent(line.strip(), k -> new LinkedHashMap<>());
                } else if (current != null && line.contains(":")) {
                    int colon = line.indexOf(':');
                    current.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return new HostHeaders(rules);
    }

    /** What browsers reported, one entry per report. */
    List<String> violations() {
        return new ArrayList<>(violations);
    }

    boolean hasPolicy() {
        return rules.values().stream().anyMatch(h -> h.containsKey("Content-Security-Policy"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path.equals(REPORTS)) {
            violations.add(new String(request.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            response.setStatus(204);
            return;
        }
        rules.forEach((pattern, headers) -> {
            if (pattern.equals(path) || (pattern.endsWith("*") && path.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                headers.forEach((name, value) -> response.setHeader(name,
                        name.equals("Content-Security-Policy") ? value + "; report-uri " + REPORTS : value));
            }
        });
        chain.doFilter(request, response);
    }
}
