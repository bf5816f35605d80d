package app.bravo.wall;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WallCursorTest {

    @Test
    void a_cursor_survives_its_text_and_anything_else_is_no_cursor() {
        var cursor = new WallCursor(Instant.parse("2026-12-01T10:15:30.123456789Z"), 42);
        assertThat(cursor.publishedAt()).isEqualTo(Instant.parse("2026-12-01T10:15:30.123456Z"));
        assertThat(WallCursor.parse(cursor.token())).contains(cursor);
        for (String bad : new String[] {"", "x", "!!!", "MTIzNA", "MTIzLmFiYw", "a".repeat(100), "LTEuLTE"}) {
            assertThat(WallCursor.parse(bad)).as(bad).isEmpty();
        }
    }
}
