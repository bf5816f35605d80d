package app.bravo.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks passwords through Spring's provider, but only while the {@link LoginThrottle} allows it. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        if (!throttle.allows(account, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication done = delegate.authenticate(authentication);
            if (done != null && done.getPrincipal() instanceof BravoUser user) {
                // the session keeps who signed in, never the password hash
                var slim = UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null, done.getAuthorities());
                slim.setDetails(done.getDetails());
                return slim;
            }
            return done;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
