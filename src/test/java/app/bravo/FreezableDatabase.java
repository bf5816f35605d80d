package app.bravo;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The shared test context reaches its MariaDB (the embedded one or SPRING_DATASOURCE_URL's server)
 * through a small TCP proxy in this JVM, so that a test can make the database hang the way a stuck
 * server does: connections are accepted, bytes are taken, nothing comes back. {@link #freeze} stops
 * forwarding on every connection, warm pooled ones included; {@link #thaw} lets the held bytes
 * through again. A connection whose client gave up while frozen is closed on both sides, so the
 * server rolls back whatever it had open. Always thaw in a finally block.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreezableDatabase {

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^/:?,]+)(?::(\\d+))?(.*)");
    private static volatile Proxy proxy;

    /** Stops forwarding: the database now accepts connections and answers nothing. */
    public static void freeze() {
        running().setFrozen(true);
    }

    /** Forwards again: the database answers as before. */
    public static void thaw() {
        running().setFrozen(false);
    }

    private static Proxy running() {
        if (proxy == null) {
            throw new IllegalStateException("The test datasource does not run through the freezable proxy");
        }
        return proxy;
    }

    @Bean
    static BeanPostProcessor freezableDatabaseUrl() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
                    ds.setJdbcUrl(throughProxy(ds.getJdbcUrl()));
                }
                return bean;
            }
        };
    }

    static synchronized String throughProxy(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("The freezable test database needs a single-host jdbc:mariadb:// URL, not " + url);
        }
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        if (proxy == null) {
            proxy = new Proxy(m.group(1), port);
        }
        return "jdbc:mariadb://127.0.0.1:" + proxy.port() + m.group(3);
    }

    static final class Proxy {

        private final ServerSocket server;
        private final String host;
        private final int port;
        private final Object lock = new Object();
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private boolean frozen;

        Proxy(String host, int port) {
            this.host = host;
            this.port = port;
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofPlatform().daemon().name("db-proxy-accept").start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        void setFrozen(boolean frozen) {
            synchronized (lock) {
                this.frozen = frozen;
                lock.notifyAll();
            }
        }

        private void awaitThaw() throws InterruptedException {
            synchronized (lock) {
                while (frozen) {
                    lock.wait();
                }
            }
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    client.setTcpNoDelay(true);
                    // a hung server still accepts: connect upstream now, forward only while thawed
                    Socket upstream = new Socket();
                    upstream.connect(new InetSocketAddress(host, port), 10_000);
                    upstream.setTcpNoDelay(true);
                    open.add(client);
                    open.add(upstream);
                    Thread.ofVirtual().start(() -> pump(client, upstream));
                    Thread.ofVirtual().start(() -> pump(upstream, client));
                } catch (IOException e) {
                    if (server.isClosed()) {
                        return;
                    }
                }
            }
        }

        private void pump(Socket from, Socket to) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                while (true) {
                    awaitThaw();
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    // bytes read just before a freeze are held, not delivered, until the thaw
                    awaitThaw();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed or broke: close the other, so the server rolls back what was open
            } finally {
                close(from);
                close(to);
            }
        }

        private void close(Socket s) {
            open.remove(s);
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
