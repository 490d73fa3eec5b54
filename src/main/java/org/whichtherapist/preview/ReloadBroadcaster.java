package org.whichtherapist.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.AsyncContext;

/**
 * The open browser tabs, each on a server-sent-events stream: told "reload" or "problems"; a tab that connects
 * is told the last problems or else warnings, then what is not ready to publish ("notready").
 */
final class ReloadBroadcaster {
    private final List<AsyncContext> clients = new CopyOnWriteArrayList<>();
    private volatile String lastProblems = "";
    private volatile String lastWarnings = "";
    private volatile String lastNotReady = "";

    void add(AsyncContext client) {
        clients.add(client);
        if (!lastProblems.isEmpty()) {
            send(client, "problems", lastProblems);
        } else if (!lastWarnings.isEmpty()) {
            send(client, "warnings", lastWarnings);
        }
        if (!lastNotReady.isEmpty()) {
            send(client, "notready", lastNotReady);
        }
    }

    /** The site was rebuilt with these warnings and things not ready to publish (one a line): every tab reloads. */
    void reload(String warnings, String notReady) {
        lastProblems = "";
        lastWarnings = warnings;
        lastNotReady = notReady;
        broadcast("reload", "site rebuilt");
    }

    void problems(String text) {
        lastProblems = text;
        broadcast("problems", text);
    }

    /** Keeps connections open through proxies, and finds tabs that were closed. */
    void heartbeat() {
        clients.forEach(client -> write(client, ": heartbeat\n\n"));
    }

    void closeAll() {
        for (AsyncContext client : clients) {
            try {
                client.complete();
            } catch (IllegalStateException e) {
                // already finished
            }
        }
        clients.clear();
    }

    private void broadcast(String event, String data) {
        clients.forEach(client -> send(client, event, data));
    }

    private void send(AsyncContext client, String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        data.lines().forEach(line -> message.append("data: ").append(line).append('\n'));
        write(client, message.append('\n').toString());
    }

    private void write(AsyncContext client, String text) {
        try {
            PrintWriter writer = client.getResponse().getWriter();
            writer.write(text);
            writer.flush();
            if (writer.checkError()) {
                throw new IOException("client gone");
            }
        } catch (IOException | IllegalStateException e) {
            clients.remove(client);
        }
    }
}
