package org.whichtherapist.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.whichtherapist.publish.AdminFiles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds the live-reload script to every HTML page the preview serves, except the editor at admin/ (a reload would
 * lose what is being typed); the files on disk are not touched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public final class LiveReloadFilter extends HttpFilter {
    static final String TAG = "<script src=\"" + ReloadEventsServlet.SCRIPT + "\" defer></script>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        boolean page = "GET".equals(request.getMethod()) && (path.endsWith("/") || path.endsWith(".html"))
                && !path.startsWith(request.getContextPath() + "/" + AdminFiles.FOLDER + "/");
        response.setHeader("Cache-Control", "no-store");
        if (!page) {
            chain.doFilter(request, response);
            return;
        }
        BufferingResponse buffered = new BufferingResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        String type = buffered.getContentType();
        if (type != null && type.startsWith("text/html") && buffered.getStatus() < 300) {
            String html = new String(body, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            html = end >= 0 ? html.substring(0, end) + TAG + html.substring(end) : html + TAG;
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Holds the page in memory so the script can be added before it is sent. */
    private static final class BufferingResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("not needed for static files");
            }

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }
        };

        BufferingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length changes once the script is added
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length changes once the script is added
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] body() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }
}
