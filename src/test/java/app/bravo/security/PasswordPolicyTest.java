package app.bravo.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void short_long_and_common_passwords_are_refused() {
        assertThat(policy.problem("a1b2c3")).contains("password.too-short");
        assertThat(policy.problem("x".repeat(129))).contains("password.too-long");
        assertThat(policy.problem("password1")).contains("password.too-common");
        assertThat(policy.problem("iloveyou")).contains("password.too-common");
        assertThat(policy.problem("qwertyuiop")).contains("password.too-common");
    }

    @Test
    void eight_to_128_characters_of_any_script_are_accepted_as_typed() {
        assertThat(policy.problem("tulip-harbour-47")).isEmpty();
        assertThat(policy.problem("گل‌سرخ باغ ۱۴۰۵")).isEmpty();
        assertThat(policy.problem("  spaces count  ")).isEmpty();
        assertThat(policy.problem("🦄".repeat(128))).as("128 emoji are 128 characters").isEmpty();
        assertThat(policy.problem("z".repeat(127) + "!")).isEmpty();
    }
}
