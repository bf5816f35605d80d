package app.bravo.shell;

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
 * title (header and browser tab) is the same human title as the page's heading.
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

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Denied extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            page(this, VaadinIcon.LOCK, getTranslation("error.denied.title"), getTranslation("error.denied.text"));
            return HttpServletResponse.SC_FORBIDDEN;
        }

        @Override
        public String getPageTitle() {
            return getTranslation("error.denied.title");
        }
    }

    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Missing extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            page(this, VaadinIcon.QUESTION_CIRCLE_O, getTranslation("error.missing.title"), getTranslation("error.missing.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return getTranslation("error.missing.title");
        }
    }
}
