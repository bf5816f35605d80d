package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.function.IntConsumer;

/**
 * Tells a view the browser window's width while it is attached: once on attach and on every
 * resize, with the resize listener removed on detach (so no listener outlives the view).
 */
public final class WindowWidth {

    private WindowWidth() {
    }

    public static void follow(Component view, IntConsumer fit) {
        view.addAttachListener(e -> {
            var page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> fit.accept(d.getWindowInnerWidth()));
            var resize = page.addBrowserWindowResizeListener(r -> fit.accept(r.getWidth()));
            view.addDetachListener(d -> {
                resize.remove();
                d.unregisterListener();
            });
        });
    }
}
