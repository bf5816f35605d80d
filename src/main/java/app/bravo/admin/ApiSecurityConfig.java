package app.bravo.admin;

import app.bravo.security.Roles;
import app.bravo.security.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's own security chain, ahead of the Vaadin chain and independent of it: stateless,
 * no CSRF (no cookies are involved), every request under {@code /api/} authenticated by
 * {@code Authorization: Bearer <token>} against the hashed API tokens, with the authority
 * {@code ROLE_API_CLIENT} plus one {@code SCOPE_...} authority per scope of the token ({@link ApiScope}):
 * each path needs its scope, so an intake token reads nothing else (403). Missing, unknown and
 * revoked tokens get 401; every other error under {@code /api} is an RFC 9457 problem too, never a
 * redirect or a page ({@link ApiProblemFilter}, first in the chain; unknown paths are kept away from
 * Vaadin by {@code vaadin.excludeUrls}).
 * The OpenAPI document ({@code /v3/api-docs}) is public: it describes the contract, holds no data,
 * and integrators need it before they have a token.
 */
@Configuration
class ApiSecurityConfig {

    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SecurityHeaders headers,
                                    ObjectProvider<SecurityContextHolderStrategy> strategy,
                                    @Value("${bravo.api.max-body-size:64KB}") DataSize maxBody) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "A valid API token is required: Authorization: Bearer <token>.");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "This token lacks the scope for this request.");
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/v1/feedback", "/api/v1/feedback/**").hasAuthority(ApiScope.FEEDBACK_INTAKE.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/wall", "/api/v1/wall/**").hasAuthority(ApiScope.WALL_READ.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/kudos", "/api/v1/kudos/**").hasAuthority(ApiScope.RECOGNITION_READ.authority())
                        .anyRequest().hasRole(Roles.API_CLIENT))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new ApiProblemFilter(maxBody.toBytes()), DisableEncodeUrlFilter.class)
                .addFilterAfter(new BearerTokenFilter(tokens, unauthorized, contexts), AnonymousAuthenticationFilter.class);
        headers.applyTo(http);
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PROBLEM.formatted(title, status, detail));
    }

    /** Not a bean, so that Spring Boot does not also register it for every request of the application. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokenService tokens;
        private final AuthenticationEntryPoint unauthorized;

        private final SecurityContextHolderStrategy contexts;

        BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint unauthorized, SecurityContextHolderStrategy contexts) {
            this.tokens = tokens;
            this.unauthorized = unauthorized;
            this.contexts = contexts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null) {
                chain.doFilter(request, response); // the chain's rules decide: 401 for the API, open for the document
                return;
            }
            Optional<ApiClient> client = header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.authenticate(header.substring(7).strip()) : Optional.empty();
            if (client.isEmpty()) {
                contexts.clearContext();
                unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
                return;
            }
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.API_CLIENT));
            client.get().scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
            var context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null, authorities));
            contexts.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                contexts.clearContext();
            }
        }
    }
}
