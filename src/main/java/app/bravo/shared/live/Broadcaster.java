package app.bravo.shared.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live updates (DESIGN section 4): views subscribe while attached, and each committed
 * {@link LiveEvent} reaches them through Vaadin push. Delivery runs on its own threads so that a
 * slow browser never holds up the transaction that caused the event.
 * <p>
 * This instance reaches the screens it serves; with several instances, the same events must
 * cross instances through a broker (Redis pub/sub), which is not built yet.
 */
@org.springframework.stereotype.Component
public class Broadcaster {

    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);

    private record Subscription<E>(Class<E> type, Consumer<E> listener) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Calls the listener, outside any UI lock, for each committed event of this type. */
    public <E> Registration subscribe(Class<E> type, Consumer<E> listener) {
        var s = new Subscription<>(type, listener);
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    /**
     * Subscribes a component for as long as it is attached; the listener runs inside
     * {@code UI.access}, so it may change the component and the change is pushed.
     */
    public <E> void subscribeWhileAttached(Component component, Class<E> type, Consumer<E> listener) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration r = subscribe(type, event -> ui.access(() -> listener.accept(event)));
            component.addDetachListener(detach -> {
                r.remove();
                detach.unregisterListener();
            });
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LiveEvent event) {
        for (Subscription<?> s : subscriptions) {
            delivery.execute(() -> {
                try {
                    s.offer(event);
                } catch (RuntimeException e) {
                    log.debug("A live subscriber failed; its screen has probably gone", e);
                }
            });
        }
    }

    /** For tests: how many subscribers listen now. */
    public int subscribers() {
        return subscriptions.size();
    }
}
