package app.bravo.shell;

import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Clear pages for a denied or missing route, in the person's language, never a stack trace; their
 * header title is the page's heading, and the browser tab adds "· Bravo" as every page does.
 */
final class ErrorViews {

    private ErrorViews() {
    }

    static Main page(Main main, VaadinIcon icon, String title, String text) {
        main.removeAll();
        main.addClassName("error-page");
        var i = icon.create();
        i.addClassName("error-icon");
        main.add(i, new H2(title), new Paragraph(text), new Anchor("", main.getTranslation("error.home")));
        return main;
    }

    /** A page for one kind of refusal: its icon, its texts ({@code <key>.title}, {@code <key>.text}) and its status. */
    abstract static class ErrorPage<E extends Exception> extends Main implements HasErrorParameter<E>, HasDynamicTitle {

        private final VaadinIcon icon;
        private final String key;
        private final int status;

        ErrorPage(VaadinIcon icon, String key, int status) {
            this.icon = icon;
            this.key = key;
            this.status = status;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
            page(this, icon, getTranslation(key + ".title"), getTranslation(key + ".text"));
            return status;
        }

        @Override
        public String getPageTitle() {
            return PageTitles.of(this, getTranslation(key + ".title"));
        }
    }

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Denied extends ErrorPage<AccessDeniedException> {
        public Denied() {
            super(VaadinIcon.LOCK, "error.denied", HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Missing extends ErrorPage<NotFoundException> {
        public Missing() {
            super(VaadinIcon.QUESTION_CIRCLE_O, "error.missing", HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
