package app.bravo.pulse.ui;

import app.bravo.pulse.SurveyForm;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyService;
import app.bravo.pulse.SurveySummary;
import app.bravo.pulse.SurveyTemplate;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.ErrorBanner;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /pulse/manage}, for HR: the surveys, newest first, a page at a time; a new survey from
 * one of the shipped templates or from scratch, each opened in its editor ({@link PulseSurveyEditor});
 * a survey with a closed round links its results ({@link PulseResultsView}).
 */
@StyleSheet("assets/admin.css")
@StyleSheet("styles/pulse.css")
@Route("pulse/manage")
@Menu(title = "nav.pulse.manage", icon = "vaadin:clipboard-heart", order = 41)
@RolesAllowed(Roles.HR)
public class PulseManageView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    private final SurveyService surveys;
    final Button fromTemplate = new Button();
    final Button blank = new Button();
    final Div list = new Div();
    final Button more = new Button();
    final Paragraph empty = new Paragraph();
    final ErrorBanner error = new ErrorBanner();
    /** The survey cards shown, by survey id. */
    final Map<Long, Div> cards = new LinkedHashMap<>();
    /** The "Results" link of each survey with a closed round, by survey id. */
    final Map<Long, RouterLink> resultLinks = new LinkedHashMap<>();
    final Dialog templatePicker = new Dialog();
    /** The "Use this template" buttons of the picker, by template key. */
    final Map<String, Button> templateButtons = new LinkedHashMap<>();
    final Dialog newSurvey = new Dialog();
    final TextField nameEn = new TextField();
    final TextField nameFa = new TextField();
    final Button create = new Button();
    final ErrorBanner newError = new ErrorBanner();
    private @Nullable Long last;

    PulseManageView(SurveyService surveys) {
        this.surveys = surveys;
        addClassNames("view", "pulse-manage");
        fromTemplate.setText(getTranslation("pulse.manage.from-template"));
        fromTemplate.addThemeVariants(ButtonVariant.PRIMARY);
        fromTemplate.addClickListener(e -> templatePicker.open());
        blank.setText(getTranslation("pulse.manage.new"));
        blank.addClickListener(e -> newSurvey.open());
        Div actions = new Div(fromTemplate, blank);
        actions.addClassName("pulse-manage-actions");
        list.addClassName("pulse-survey-list");
        more.setText(getTranslation("pulse.manage.more"));
        more.addClickListener(e -> page());
        empty.setText(getTranslation("pulse.manage.empty"));
        add(new H2(getTranslation("nav.pulse.manage")), new Paragraph(getTranslation("pulse.manage.intro")), actions, error,
                list, empty, more);
        buildTemplatePicker();
        buildNewSurvey();
        page();
    }

    private boolean persian() {
        return Language.of(getLocale()) == Language.PERSIAN;
    }

    private void page() {
        List<SurveySummary> page = surveys.surveys(last, PAGE);
        for (SurveySummary s : page) {
            Div card = card(s);
            cards.put(s.id(), card);
            list.add(card);
        }
        if (!page.isEmpty()) {
            last = page.getLast().id();
        }
        more.setVisible(page.size() == PAGE);
        empty.setVisible(cards.isEmpty());
    }

    private Div card(SurveySummary s) {
        Div card = new Div();
        card.addClassNames("card", "pulse-survey-card");
        var link = new RouterLink(Bidi.isolate(s.name(persian())), PulseSurveyEditor.class,
                new RouteParameters(PulseSurveyEditor.SURVEY, String.valueOf(s.id())));
        link.addClassName("pulse-survey-name");
        Span status = new Span(getTranslation("pulse.status." + s.status().name()));
        status.addClassNames("pulse-badge", "pulse-status-" + s.status().name().toLowerCase(java.util.Locale.ROOT));
        String when = s.opensOn() == null ? getTranslation("pulse.manage.unscheduled")
                : getTranslation("pulse.manage.when", Dates.date(s.opensOn(), getLocale()),
                        getTranslation("pulse.recurrence." + s.recurrence().name()));
        Paragraph facts = new Paragraph(getTranslation("pulse.manage.facts", s.questions(), s.rounds(),
                getTranslation("pulse.kind." + s.kind().name())) + " · " + when);
        facts.addClassName("pulse-survey-facts");
        card.add(new Div(link, status), facts);
        if (s.closedRounds() > 0) {
            var results = new RouterLink(getTranslation("pulse.manage.results"), PulseResultsView.class,
                    PulseResultsView.route(s.id()));
            results.addClassName("pulse-results-link");
            resultLinks.put(s.id(), results);
            card.add(results);
        }
        return card;
    }

    private void buildTemplatePicker() {
        templatePicker.setHeaderTitle(getTranslation("pulse.manage.from-template"));
        templatePicker.addClassName("pulse-template-picker");
        boolean fa = persian();
        Div all = new Div();
        all.addClassName("pulse-templates");
        for (SurveyTemplate t : surveys.templates()) {
            Div item = new Div();
            item.addClassNames("card", "pulse-template");
            Button use = new Button(getTranslation("pulse.manage.use-template"));
            use.addClickListener(e -> useTemplate(t.key()));
            templateButtons.put(t.key(), use);
            item.add(new H3(Bidi.isolate(t.name(fa))), new Paragraph(Bidi.isolate(t.description(fa))),
                    new Paragraph(getTranslation("pulse.manage.template-questions", t.questions().size())), use);
            all.add(item);
        }
        templatePicker.add(all);
        Button cancel = new Button(getTranslation("pulse.manage.cancel"), e -> templatePicker.close());
        templatePicker.getFooter().add(cancel);
    }

    private void buildNewSurvey() {
        newSurvey.setHeaderTitle(getTranslation("pulse.manage.new"));
        PulseSurveyEditor.nameFields(nameEn, nameFa);
        nameEn.setWidthFull();
        nameFa.setWidthFull();
        create.setText(getTranslation("pulse.manage.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> createBlank());
        newSurvey.add(newError, nameEn, nameFa);
        newSurvey.getFooter().add(new Button(getTranslation("pulse.manage.cancel"), e -> newSurvey.close()), create);
    }

    /** Makes a survey from this template and opens it. */
    void useTemplate(String key) {
        templatePicker.close();
        open(() -> surveys.createFromTemplate(key), error);
    }

    /** Creates the blank survey and opens it; a refusal stays in the dialog. */
    void createBlank() {
        if (open(() -> surveys.create(SurveyForm.of(nameEn.getValue(), nameFa.getValue(), SurveyKind.PULSE)), newError)) {
            newSurvey.close();
        }
    }

    private boolean open(java.util.function.LongSupplier make, ErrorBanner banner) {
        try {
            long id = make.getAsLong();
            banner.clear();
            getUI().ifPresent(ui -> ui.navigate(PulseSurveyEditor.class,
                    new RouteParameters(PulseSurveyEditor.SURVEY, String.valueOf(id))));
            return true;
        } catch (UserError e) {
            banner.show(getTranslation(e.key(), e.args()));
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.pulse.manage"));
    }
}
