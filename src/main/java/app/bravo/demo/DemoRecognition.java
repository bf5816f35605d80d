package app.bravo.demo;

import app.bravo.people.PeopleService;
import app.bravo.recognition.RecognitionDemo;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's peer recognition: a year of kudos, big wins, add-ons, reactions, comments, rewards and
 * redemptions among the demo company (recognition's {@link RecognitionDemo} writes them). Runs after
 * the people and the wall; it holds no login or secret, so closing has nothing to shut.
 */
@Component
@Order(3)
class DemoRecognition implements DemoSeeder {

    private final RecognitionDemo recognition;
    private final PeopleService people;

    DemoRecognition(RecognitionDemo recognition, PeopleService people) {
        this.recognition = recognition;
        this.people = people;
    }

    @Override
    public void seed() {
        recognition.seed(DemoData.DOMAIN);
    }

    @Override
    public List<String> close() {
        return List.of();
    }

    @Override
    public String remove() {
        DemoMode.asSystem();
        return recognition.remove(DemoData.DOMAIN, people.idsAt(DemoData.DOMAIN));
    }
}
