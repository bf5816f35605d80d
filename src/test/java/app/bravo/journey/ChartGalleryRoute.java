package app.bravo.journey;

import app.bravo.shell.MainLayout;
import chartgallery.ChartGalleryView;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Registers the test-only chart gallery ({@link ChartGalleryView}) in the shell, at
 * {@code /test/charts}: a bean of the test sources, so the product never has the page.
 */
@Component
class ChartGalleryRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(ChartGalleryView.PATH, ChartGalleryView.class, List.of(MainLayout.class));
    }
}
