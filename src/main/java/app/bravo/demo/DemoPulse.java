package app.bravo.demo;

import app.bravo.people.PeopleService;
import app.bravo.pulse.PulseDemo;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's pulse survey: the engagement pulse with one round open to the demo company (pulse's
 * {@link PulseDemo} writes it). Runs after the people; it holds no login or secret, so closing has
 * nothing to shut.
 */
@Component
@Order(4)
class DemoPulse implements DemoSeeder {

    static final String HR = "hr@" + DemoData.DOMAIN;

    private final PulseDemo pulse;
    private final PeopleService people;

    DemoPulse(PulseDemo pulse, PeopleService people) {
        this.pulse = pulse;
        this.people = people;
    }

    @Override
    public void seed() {
        pulse.seed(DemoData.DOMAIN, HR);
    }

    @Override
    public List<String> close() {
        return List.of();
    }

    @Override
    public String remove() {
        DemoMode.asSystem();
        return pulse.remove(people.idsAt(DemoData.DOMAIN));
    }
}
