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
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with e-mail and password. After a refused password the e-mail stays in the form; after
 * signing out the page says so. In demo mode it lists the demo logins.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String[] DEMO_LOGINS = {"employee", "manager", "moderator", "hr", "admin"};
    /** The query parameter of the sign-in page after signing out. */
    public static final String SIGNED_OUT = "signed-out";
    public static final String LAST_EMAIL = LoginView.class.getName() + ".email";
    private static final int MAX_EMAIL = 254;
    private static final String FILL_EMAIL = """
            customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
              const user = this.querySelector('[name=username]');
              const password = this.querySelector('[name=password]');
              if (user && !user.value) { user.value = $0; }
              if (password) { password.focus(); }
            });""";

    final LoginForm form = new LoginForm();
    final Div demo = new Div();
    final Paragraph signedOut = new Paragraph();
    /** The e-mail typed before a refused sign-in, put back into the form. */
    @Nullable String rememberedEmail;

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

        signedOut.addClassName("login-signed-out");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);

        var card = new Div(brand, tagline, signedOut, form, languages);
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

    /** Keeps the e-mail of a refused sign-in in the session, for the sign-in form that comes next. */
    public static void rememberEmail(HttpServletRequest request, @Nullable String email) {
        if (email != null && !email.isBlank()) {
            String e = email.strip();
            request.getSession().setAttribute(LAST_EMAIL, e.length() > MAX_EMAIL ? e.substring(0, MAX_EMAIL) : e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var session = VaadinSession.getCurrent().getSession();
        boolean error = parameters.containsKey("error");
        if (error) {
            boolean throttled = session != null
                    && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
            form.setI18n(i18n(throttled));
            form.setError(true);
            if (session != null && session.getAttribute(LAST_EMAIL) instanceof String email) {
                // the form has no property for it: its e-mail field is filled once rendered
                rememberedEmail = email;
                form.getElement().executeJs(FILL_EMAIL, email);
            }
        }
        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.setVisible(!error && parameters.containsKey(SIGNED_OUT));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("login.title"));
    }
}
