package app.bravo.demo;

import app.bravo.people.PeopleService;
import app.bravo.pulse.ActionDemo;
import app.bravo.pulse.PulseDemo;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's pulse survey: the monthly engagement pulse with four past rounds answered by the demo
 * company and this month's round open to it (pulse's {@link PulseDemo} writes it, and tells the
 * survey and its closed rounds for what hangs on them). Runs after the people; it holds no login or
 * secret, so closing has nothing to shut.
 */
@Component
@Order(4)
class DemoPulse implements DemoSeeder {

    static final String HR = "hr@" + DemoData.DOMAIN;
    static final String MANAGER = "manager@" + DemoData.DOMAIN;

    private final PulseDemo pulse;
    private final ActionDemo actions;
    private final PeopleService people;

    DemoPulse(PulseDemo pulse, ActionDemo actions, PeopleService people) {
        this.pulse = pulse;
        this.actions = actions;
        this.people = people;
    }

    /** The survey and its past rounds, then "you said, we did" actions on the latest closed round. */
    @Override
    public void seed() {
        pulse.seed(DemoData.DOMAIN, HR);
        actions.seed(DemoData.DOMAIN, HR, MANAGER);
    }

    @Override
    public List<String> close() {
        return List.of();
    }

    @Override
    public String remove() {
        DemoMode.asSystem();
        var ids = people.idsAt(DemoData.DOMAIN);
        return actions.remove(ids) + ", " + pulse.remove(ids);
    }
}
