package app.bravo.security.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.security.LoginThrottledException;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/** Sign in with e-mail and password. In demo mode it lists the demo logins. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String[] DEMO_LOGINS = {"employee", "manager", "moderator", "hr", "admin"};

    final LoginForm form = new LoginForm();
    final Div demo = new Div();

    LoginView(@Value("${bravo.demo.enabled:false}") boolean demoMode) {
        addClassName("login-view");
        var brand = new Div(VaadinIcon.HANDS_UP.create(), new H1(getTranslation("app.name")));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        var languages = new Div();
        languages.addClassName("login-languages");
        for (Language language : Language.values()) {
            var b = new Button(getTranslation("language." + language.code()), e -> {
                UserSettings.setLanguage(language);
                UI.getCurrent().getPage().reload();
            });
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("lang", language.code());
            languages.add(b);
        }

        var card = new Div(brand, tagline, form, languages);
        card.addClassName("login-card");
        add(card);
        if (demoMode) {
            demo.addClassName("login-demo");
            demo.add(new Span(getTranslation("login.demo.title")));
            for (String login : DEMO_LOGINS) {
                var row = new Div(new Span(getTranslation("login.demo." + login)), new Span(login + "@bravo.demo"));
                row.addClassName("login-demo-row");
                demo.add(row);
            }
            demo.add(new Span(getTranslation("login.demo.password", "bravo-demo")));
            card.add(demo);
        }
    }

    private LoginI18n i18n(boolean throttled) {
        var i18n = LoginI18n.createDefault();
        var f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.text" : "login.error.text"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var session = VaadinSession.getCurrent().getSession();
            boolean throttled = session != null
                    && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
            form.setI18n(i18n(throttled));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("login.title"));
    }
}
