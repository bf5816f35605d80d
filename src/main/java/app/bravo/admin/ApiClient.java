package app.bravo.admin;

import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An integration authenticated by one of its API tokens. {@code integrationId} is what its notes and
 * externalIds belong to (it survives the token's replacement); its name, {@code api:<token name>},
 * is what the audit log records as the actor of anything it does.
 */
public record ApiClient(long integrationId, long tokenId, String tokenName, Set<ApiScope> scopes)
        implements AuthenticatedPrincipal {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return "api:" + tokenName;
    }
}
