package com.b2bsales.kpi.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;

/**
 * A deadline on a whole SMTP attempt ({@code report.mail.timeout}). JavaMail's timeouts bound each
 * read and write: a server that sends a byte a second never trips them, and one attempt took minutes.
 * JavaMail makes its sockets here ({@code mail.smtp.socketFactory}); the sockets made by the thread
 * of an attempt are closed when the attempt outlives the deadline, which ends it with an error.
 */
final class AttemptDeadline extends SocketFactory {

    private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "smtp-attempt-deadline");
        thread.setDaemon(true);
        return thread;
    });

    AttemptDeadline(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** Starts the deadline of an attempt made by this thread; close it when the attempt ends. */
    Attempt start() {
        Attempt attempt = new Attempt();
        attempt.expiry = watchdog.schedule(attempt::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
        CURRENT.set(attempt);
        return attempt;
    }

    void shutdown() {
        watchdog.shutdownNow();
    }

    @Override
    public Socket createSocket() throws IOException {
        return watched(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = watched(new Socket());
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = watched(new Socket());
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = watched(new Socket());
        socket.connect(address, (int) Math.min(Integer.MAX_VALUE, limit.toMillis()));
        return socket;
    }

    private static Socket watched(Socket socket) throws IOException {
        Attempt attempt = CURRENT.get();
        if (attempt != null) {
            attempt.watch(socket);
        }
        return socket;
    }

    /** One attempt's deadline: whether it passed, and the sockets to close when it does. */
    static final class Attempt implements AutoCloseable {

        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile boolean expired;
        private ScheduledFuture<?> expiry;

        boolean expired() {
            return expired;
        }

        private void watch(Socket socket) throws IOException {
            sockets.add(socket);
            if (expired) {
                socket.close();
            }
        }

        private void expire() {
            expired = true;
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is all that is asked: the attempt fails on its next read or write
                }
            }
        }

        @Override
        public void close() {
            expiry.cancel(false);
            CURRENT.remove();
        }
    }
}
