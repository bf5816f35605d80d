package app.bravo.demo;

import app.bravo.admin.KioskTokenService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's office screen at {@code /kiosk/demo} (DESIGN section 3), showing every department.
 * Seeded after {@link DemoWall}, so the screen has notes; a restart adds nothing twice.
 */
@Component
@Order(2)
class DemoKiosk implements DemoSeeder {

    static final String DEMO_SECRET = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoKiosk.class);

    private final KioskTokenService kiosks;

    DemoKiosk(KioskTokenService kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public void seed() {
        kiosks.ensureDemoScreen(DEMO_SECRET);
        log.warn("* DEMO MODE: the office screen /kiosk/{} is open to anyone. *", DEMO_SECRET);
    }

    @Override
    public List<String> close() {
        return kiosks.closeDemoScreen(DEMO_SECRET) ? List.of("the office screen /kiosk/" + DEMO_SECRET) : List.of();
    }

    /** The screen stays revoked rather than deleted: a credential that once existed keeps its record. */
    @Override
    public String remove() {
        return "the demo screen stays revoked";
    }
}
