package modernization.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives a service's {@code @QuarkusTest}s their own database on the real PostgreSQL, without
 * Docker. The server is 127.0.0.1:5432 unless TEST_DB_HOST, TEST_DB_PORT,
 * TEST_DB_USER and TEST_DB_PASSWORD say otherwise.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> FRESH = ConcurrentHashMap.newKeySet();

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("init arg 'database' must be a plain lower-case name");
        }
    }

    @Override
    public Map<String, String> start() {
        String host = env("TEST_DB_HOST", "127.0.0.1");
        String port = env("TEST_DB_PORT", "5432");
        String user = env("TEST_DB_USER", "postgres");
        String password = env("TEST_DB_PASSWORD", "postgres");
        createDatabaseIfMissing("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // the database is kept: tests work on their own data, and a rerun reuses it
    }

    /**
     * Creates the database, afresh once per test JVM: every run starts from an empty schema, which
     * also proves the migrations from scratch. Later boots in the same JVM keep it.
     */
    private void createDatabaseIfMissing(String adminUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement sql = connection.createStatement()) {
            if (FRESH.add(database)) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database " + database + " on " + adminUrl
                    + ": is PostgreSQL running? (.ci/run starts it)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
