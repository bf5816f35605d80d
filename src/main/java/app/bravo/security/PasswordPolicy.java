package app.bravo.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B): 8 to 128 characters, taken as typed (spaces and any
 * Unicode allowed, nothing trimmed), and not one of the commonest passwords. The list of common
 * passwords is zxcvbn's, ranked by how often they appear in leaks.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final int COMMON_RANK = 10_000;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The translation key of the first rule the password breaks, if any. */
    public Optional<String> problem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (isCommon(password)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }

    private boolean isCommon(String password) {
        if (password.length() > 40) {
            return false;
        }
        for (Match m : zxcvbn.measure(password).getSequence()) {
            boolean whole = m.i == 0 && m.j == password.length() - 1;
            if (whole && "passwords".equals(m.dictionaryName) && !m.reversed && m.rank <= COMMON_RANK) {
                return true;
            }
        }
        return false;
    }
}
