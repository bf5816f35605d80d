package app.bravo.admin;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An integration authenticated by an API token. Its name, {@code api:<token name>}, is what the
 * audit log records as the actor of anything it does.
 */
public record ApiClient(long tokenId, String tokenName) implements AuthenticatedPrincipal {

    @Override
    public String getName() {
        return "api:" + tokenName;
    }
}
