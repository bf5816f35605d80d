package app.bravo.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or from this address; try again later. */
public class LoginThrottledException extends AuthenticationException {
    public LoginThrottledException() {
        super("Too many failed sign-ins");
    }
}
