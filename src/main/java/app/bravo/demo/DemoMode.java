package app.bravo.demo;

import app.bravo.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode at start-up (DESIGN section 3, README "Demo mode"). On: every {@link DemoSeeder} seeds.
 * Off: every seeder closes what a data folder from demo mode still holds open (the demo logins,
 * {@code demo-token}, {@code /kiosk/demo}) and the log says what it closed; with
 * {@code bravo.demo.remove=true} the demo company is then removed for good. Runs before the
 * first-administrator step, so that a closed demo administrator lets BRAVO_ADMIN_EMAIL take over.
 */
@Component
@Order(-20)
class DemoMode implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final ObjectProvider<DemoSeeder> seeders;
    private final boolean enabled;
    private final boolean remove;

    DemoMode(ObjectProvider<DemoSeeder> seeders, @Value("${bravo.demo.enabled:false}") boolean enabled,
             @Value("${bravo.demo.remove:false}") boolean remove) {
        this.seeders = seeders;
        this.enabled = enabled;
        this.remove = remove;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && remove) {
            throw new IllegalStateException("BRAVO_DEMO_REMOVE=true removes the demo company, which demo mode would seed again:"
                    + " set BRAVO_DEMO=false as well");
        }
        asSystem();
        try {
            if (enabled) {
                seed();
            } else {
                close();
                if (remove) {
                    remove();
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void seed() {
        log.warn("**************************************************************************");
        log.warn("* DEMO MODE: demo company and logins (password '{}') are in use.  *", DemoData.PASSWORD);
        log.warn("* Never run demo mode with real data. Set BRAVO_DEMO=false to turn it off. *");
        log.warn("**************************************************************************");
        seeders.orderedStream().forEach(s -> {
            asSystem();
            s.seed();
        });
    }

    /** Closes what demo mode left open; returns what was closed (empty on a data folder that never saw demo mode). */
    List<String> close() {
        List<String> closed = new ArrayList<>();
        seeders.orderedStream().forEach(s -> {
            asSystem();
            closed.addAll(s.close());
        });
        if (!closed.isEmpty()) {
            log.warn("Demo mode is off, but this database holds the demo company: closed {}. Its people and notes stay;"
                    + " start once with BRAVO_DEMO_REMOVE=true to remove them.", String.join(", ", closed));
        }
        return closed;
    }

    /** Removes the demo company, later seeders first. */
    void remove() {
        List<DemoSeeder> all = new ArrayList<>(seeders.orderedStream().toList());
        java.util.Collections.reverse(all);
        List<String> removed = new ArrayList<>();
        for (DemoSeeder s : all) {
            asSystem();
            removed.add(s.remove());
        }
        log.warn("BRAVO_DEMO_REMOVE: removed the demo company: {}. Unset BRAVO_DEMO_REMOVE now.", String.join("; ", removed));
    }

    static void asSystem() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.EMPLOYEE.authority())));
    }
}
