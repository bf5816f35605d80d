package app.bravo.demo;

import app.bravo.people.PeopleService;
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
