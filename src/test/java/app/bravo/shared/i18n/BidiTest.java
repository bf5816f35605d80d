package app.bravo.shared.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BidiTest {

    @Test
    void a_piece_is_isolated_and_a_stray_pop_inside_cannot_end_the_isolation_early() {
        assertThat(Bidi.isolate("سارا")).isEqualTo("\u2068سارا\u2069");
        assertThat(Bidi.isolate("Mallory \u202Eevil")).isEqualTo("\u2068Mallory \u202Eevil\u2069");
        assertThat(Bidi.isolate("a\u2069\u202Eb\u2066")).isEqualTo("\u2068a\u202Eb\u2069");
    }
}
