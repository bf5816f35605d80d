package app.bravo.demo;

import app.bravo.admin.KioskTokenService;
import app.bravo.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode's office screen at {@code /kiosk/demo} (DESIGN section 3), showing every department.
 * Runs after {@link DemoWall}, so the screen has notes; a restart adds nothing twice.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "bravo.demo.enabled", havingValue = "true")
class DemoKiosk implements ApplicationRunner {

    static final String DEMO_SECRET = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoKiosk.class);

    private final KioskTokenService kiosks;

    DemoKiosk(KioskTokenService kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.EMPLOYEE.authority())));
        try {
            kiosks.ensureDemoScreen(DEMO_SECRET);
            log.warn("* DEMO MODE: the office screen /kiosk/{} is open to anyone. *", DEMO_SECRET);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
