package app.bravo.security;

import app.bravo.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

/**
 * The security chain of the web application (Vaadin's view access control with a sign-in view,
 * throttled password checks, method security for every service) and the one of the operations
 * endpoints (open health, metrics behind an optional scrape token); both send
 * {@link SecurityHeaders}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * The operations endpoints, stateless: health open for the image's health check and the
     * orchestrator, metrics open too unless a scrape token is set, then only with
     * {@code Authorization: Bearer <token>}; the rest of /actuator is closed.
     */
    @Bean
    @Order(2)
    SecurityFilterChain operationsSecurity(HttpSecurity http, SecurityHeaders headers,
                                           @Value("${bravo.prometheus.token:}") String prometheusToken) throws Exception {
        var scrape = new ScrapeToken(prometheusToken);
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access((auth, context) -> scrape.decide(context.getRequest()))
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    // a status, not sendError: the container's error page would go through the web chain
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }));
        headers.applyTo(http);
        return http.build();
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    SecurityHeaders headers) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/fonts/**", "/images/**", "/styles.css", "/styles/**").permitAll()
                // uploaded files (profile photos and later others), for signed-in people only
                .requestMatchers("/files/**").authenticated());
        headers.applyTo(http);
        http.authenticationManager(authenticationManager);
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // after a refused password the sign-in form shows the e-mail that was typed again
        var failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        // (the login page is named here too: configured before Vaadin names it, form login would
        // otherwise also switch on Spring's generated sign-in page)
        http.formLogin(f -> f.loginPage("/login").failureHandler((request, response, e) -> {
            LoginView.rememberEmail(request, request.getParameter("username"));
            failure.onAuthenticationFailure(request, response, e);
        }));
        // a signed-in person's mistyped address reaches Vaadin, which answers with Bravo's own
        // "page not found"; Vaadin's default (deny what is no known route) gave a bare 403
        http.with(vaadin(), v -> v.loginView(LoginView.class, "/login?" + LoginView.SIGNED_OUT)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** Argon2id for new hashes (docs/decisions/DD003); the prefix in each hash lets the algorithm change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The client's address and scheme from forwarded headers, when the request comes from a trusted
     * proxy; ahead of every other filter, sign-in throttling included.
     */
    @Bean
    FilterRegistrationBean<ForwardedClientFilter> forwardedClientFilter(@Value("${bravo.trusted-proxies:}") String trustedProxies) {
        var filter = new ForwardedClientFilter(trustedProxies);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(filter.isActive());
        return registration;
    }

    @Bean
    ActiveSessions activeSessions(CurrentUser currentUser) {
        return new ActiveSessions(currentUser);
    }
}
