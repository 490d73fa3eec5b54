package org.whichtherapist.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /_preview/events}: the server-sent-events stream open pages listen on;
 * {@code /_preview/live-reload.js}: the script that listens.
 */
@WebServlet(urlPatterns = {ReloadEventsServlet.EVENTS, ReloadEventsServlet.SCRIPT}, asyncSupported = true)
public final class ReloadEventsServlet extends HttpServlet {
    static final String EVENTS = "/_preview/events";
    static final String SCRIPT = "/_preview/live-reload.js";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("Cache-Control", "no-store");
        if (SCRIPT.equals(path)) {
            response.setContentType("text/javascript;charset=utf-8");
            try (InputStream script = getClass().getResourceAsStream("live-reload.js")) {
                response.getWriter().write(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            }
            return;
        }
        response.setContentType("text/event-stream;charset=utf-8");
        response.flushBuffer();
        AsyncContext client = request.startAsync();
        client.setTimeout(0);
        ((ReloadBroadcaster) getServletContext().getAttribute(PreviewListener.BROADCASTER)).add(client);
    }
}
