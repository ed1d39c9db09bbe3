package modernization.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through to the real PostgreSQL that starts closed: connections are refused until a
 * test opens the gate, and closing it cuts every open connection. It lets a test start a service
 * while "the database is down" and bring the database back, without touching the real server.
 * Use it through a {@code QuarkusTestProfile}; {@link PostgresTestDatabase} must also apply.
 */
public class GatedPostgres implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean open;
    private static final Set<Socket> SOCKETS = ConcurrentHashMap.newKeySet();

    private ServerSocket server;
    private String database;
    private int targetPort;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        targetPort = Integer.parseInt(System.getenv().getOrDefault("TEST_DB_PORT", "5432"));
    }

    @Override
    public Map<String, String> start() {
        open = false;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "gated-postgres");
        acceptor.setDaemon(true);
        acceptor.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/" + database
                + "?connectTimeout=2&socketTimeout=5");
        config.put("modernization.schema.retry-interval", "300ms");
        config.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        return config;
    }

    /** Lets connections through to PostgreSQL. */
    public static void openGate() {
        open = true;
    }

    /** Refuses new connections and cuts the open ones, as a database crash would. */
    public static void closeGate() {
        open = false;
        SOCKETS.forEach(GatedPostgres::closeQuietly);
        SOCKETS.clear();
    }

    /** Starts after {@link PostgresTestDatabase} (which creates the database), so its URL wins. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        closeGate();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!open) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                SOCKETS.add(client);
                SOCKETS.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed: close the other below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "gated-postgres-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
    }
}
