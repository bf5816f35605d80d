package app.bravo.shared.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.TaskScheduler;

/**
 * Turns a burst of live events into one re-read for one screen: the first event of a quiet spell
 * starts a wait of {@code period}, the events during it join it, and when it ends the action runs
 * once, inside {@code UI.access} so that its changes are pushed. Its state belongs to the screen
 * and is guarded by that screen's UI lock, so it needs nothing shared between instances. Time is
 * the application's {@link Clock}; the scheduler only wakes the screen up to look at it.
 */
public final class LiveThrottle implements Serializable {

    private final Duration period;
    private final transient Clock clock;
    private final transient TaskScheduler scheduler;
    private final Runnable action;
    private @Nullable Instant due;
    private @Nullable UI ui;

    public LiveThrottle(Component screen, Duration period, Clock clock, TaskScheduler scheduler, Runnable action) {
        this.period = period;
        this.clock = clock;
        this.scheduler = scheduler;
        this.action = action;
        screen.addAttachListener(e -> ui = e.getUI());
        screen.addDetachListener(e -> {
            ui = null;
            due = null;
        });
    }

    /** Something changed; call it holding the UI's lock (as a listener of {@link Broadcaster#subscribeWhileAttached}). */
    public void request() {
        if (due != null) {
            return;
        }
        due = clock.instant().plus(period);
        wake(period);
    }

    /** Whether a re-read waits. */
    public boolean pending() {
        return due != null;
    }

    /** Runs the action once the wait is over (the scheduler calls it; a test calls it after moving the clock on). */
    public void runIfDue() {
        Instant d = due;
        if (d == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), d);
        if (left.isPositive()) {
            wake(left);
            return;
        }
        due = null;
        action.run();
    }

    private void wake(Duration after) {
        UI current = ui;
        if (current == null) {
            return;
        }
        scheduler.schedule(() -> {
            try {
                current.access(this::runIfDue);
            } catch (UIDetachedException gone) {
                // the screen was closed meanwhile: nothing to refresh
            }
        }, scheduler.getClock().instant().plus(after));
    }
}
