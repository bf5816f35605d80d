package app.bravo.pulse.ui;

import app.bravo.pulse.ResultRound;
import app.bravo.pulse.ChoiceResult;
import app.bravo.pulse.ClosedRoundService;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.PublishedRound;
import app.bravo.pulse.CommentResult;
import app.bravo.pulse.QuestionResult;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.ResultsService;
import app.bravo.pulse.RoundDepartment;
import app.bravo.pulse.RoundResults;
import app.bravo.pulse.SurveyDetails;
import app.bravo.pulse.SurveyService;
import app.bravo.pulse.TenureBand;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.chart.Chart;
import app.bravo.shared.chart.ChartSpec;
import app.bravo.shared.csv.CsvExport;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.ErrorBanner;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /pulse/results/{surveyId}}, for HR: one closed round's results for one group (the whole
 * company, a department of the round's locked tree, a tenure band, or both crossed), as
 * {@link ResultsService} gives them: responses and response rate, and per question a bar chart of
 * its distribution, its average and, for 0-10 questions, eNPS; free-text comments under their
 * question. A group the service refuses is said so in a notice, and the filter stays as chosen; a
 * question the service hides says "not enough answers". The CSV export holds exactly what is shown.
 */
@StyleSheet("assets/admin.css")
@StyleSheet("styles/pulse.css")
@Route("pulse/results/:surveyId")
@RolesAllowed(Roles.HR)
public class PulseResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SURVEY = "surveyId";

    private final SurveyService surveys;
    private final ClosedRoundService rounds;
    private final ResultsService results;
    private final ConversationService conversations;
    /** The round's "you said, we did" actions. */
    final Anchor actions = new Anchor();
    /** Publishes the round's results to every employee (DD023). */
    final Button publish = new Button();
    /** Each shown comment's reply button, by comment id. */
    final Map<String, Button> replies = new LinkedHashMap<>();
    final H2 title = new H2();
    final ErrorBanner error = new ErrorBanner();
    final Paragraph noRounds = new Paragraph();
    final Select<ResultRound> round = new Select<>();
    final ComboBox<RoundDepartment> department = new ComboBox<>();
    final Select<TenureBand> band = new Select<>();
    final Div filters = new Div();
    /** Why the chosen group shows nothing: the service's refusal, translated. */
    final Paragraph notice = new Paragraph();
    final Div summary = new Div();
    final Span responses = new Span();
    final Span responseRate = new Span();
    final Div figures = new Div();
    /** The chart of each question shown, by question id. */
    final Map<Long, Chart> charts = new LinkedHashMap<>();
    /** The card of each question (numbers and comments alike), by question id. */
    final Map<Long, Div> cards = new LinkedHashMap<>();
    final Anchor export;
    private @Nullable SurveyDetails survey;
    private @Nullable RoundResults shown;

    PulseResultsView(SurveyService surveys, ClosedRoundService rounds, ResultsService results,
                     ConversationService conversations) {
        this.surveys = surveys;
        this.rounds = rounds;
        this.results = results;
        this.conversations = conversations;
        addClassNames("view", "pulse-results");
        var back = new RouterLink(getTranslation("pulse.editor.back"), PulseManageView.class);
        back.addClassName("pulse-back");
        noRounds.setText(getTranslation("pulse.results.no-rounds"));
        noRounds.addClassName("pulse-hint");
        noRounds.setVisible(false);

        round.setLabel(getTranslation("pulse.results.round"));
        round.setItemLabelGenerator(r -> getTranslation("pulse.results.round-closed", Dates.date(r.closeDate(), getLocale())));
        round.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadDepartments(e.getValue());
                showRoundBar(e.getValue());
                show();
            }
        });
        department.setLabel(getTranslation("pulse.results.department"));
        department.setPlaceholder(getTranslation("pulse.results.whole-company"));
        department.setClearButtonVisible(true);
        department.setItemLabelGenerator(d -> "\u00a0\u00a0".repeat(d.depth()) + Bidi.isolate(d.name()));
        department.addValueChangeListener(e -> show());
        band.setLabel(getTranslation("pulse.results.band"));
        band.setItems(TenureBand.values());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("pulse.results.all-bands"));
        band.setItemLabelGenerator(b -> b == null ? getTranslation("pulse.results.all-bands")
                : getTranslation("pulse.band." + b.name()));
        band.addValueChangeListener(e -> show());
        filters.addClassNames("pulse-fields", "pulse-results-filters");
        filters.add(round, department, band);
        actions.setText(getTranslation("pulse.results.actions"));
        actions.addClassName("pulse-results-link");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> publishRound());
        var roundBar = new Div(actions, publish);
        roundBar.addClassName("pulse-results-round-bar");

        notice.addClassName("pulse-results-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        responses.addClassName("pulse-results-number");
        responseRate.addClassName("pulse-results-number");
        summary.addClassName("pulse-results-summary");
        summary.add(fact(responses, "pulse.results.responses"), fact(responseRate, "pulse.results.response-rate"));
        figures.addClassName("pulse-results-figures");

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = exportCsv();
            return new DownloadResponse(new ByteArrayInputStream(csv), exportName(), "text/csv; charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("pulse.results.export"));
        export.addClassName("pulse-results-export");
        export.getElement().setAttribute("download", true);

        var head = new Div(title, export);
        head.addClassName("pulse-editor-head");
        add(back, head, new Paragraph(getTranslation("pulse.results.intro")), error, noRounds, filters, roundBar, notice,
                summary, figures);
    }

    private static Div fact(Span number, String labelKey) {
        var label = new Span(number.getTranslation(labelKey));
        label.addClassName("pulse-results-label");
        var d = new Div(number, label);
        d.addClassName("pulse-results-fact");
        return d;
    }

    private boolean persian() {
        return Language.of(getLocale()) == Language.PERSIAN;
    }

    // ---- choosing ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(SURVEY).orElse(""));
            SurveyDetails s = surveys.survey(id);
            survey = s;
            title.setText(Bidi.isolate(persian() ? s.form().nameFa() : s.form().nameEn()));
            List<ResultRound> closed = rounds.closedRounds(id);
            round.setItems(closed);
            boolean any = !closed.isEmpty();
            noRounds.setVisible(!any);
            filters.setVisible(any);
            if (any) {
                round.setValue(closed.getFirst());
            } else {
                clearFigures();
            }
        } catch (NumberFormatException | UserError e) {
            title.setText(getTranslation("pulse.results.unavailable"));
            error.show(getTranslation(e instanceof UserError u ? u.key() : "pulse.error.no-survey"));
            filters.setVisible(false);
            clearFigures();
        }
    }

    private void loadDepartments(ResultRound r) {
        RoundDepartment chosen = department.getValue();
        List<RoundDepartment> all = rounds.departments(r.id());
        department.setItems(all);
        // the same department stays chosen in another round of the same tree
        department.setValue(chosen == null ? null : all.stream().filter(d -> d.id() == chosen.id()).findFirst().orElse(null));
    }

    private void showRoundBar(ResultRound r) {
        actions.setHref(ActionsView.ofRound(r.id()));
        boolean published = results.publishedRounds().stream().map(PublishedRound::roundId).anyMatch(id -> id == r.id());
        publish.setText(getTranslation(published ? "pulse.results.published" : "pulse.results.publish"));
        publish.setEnabled(!published);
    }

    private void publishRound() {
        ResultRound r = round.getValue();
        if (r == null) {
            return;
        }
        try {
            results.publish(r.id());
            Notification.show(getTranslation("pulse.results.published-now"));
        } catch (UserError e) {
            Notification.show(getTranslation(e.key(), e.args()));
        }
        showRoundBar(r);
    }

    /** Shows the chosen round for the chosen group, or the service's refusal in the notice. */
    void show() {
        ResultRound r = round.getValue();
        if (r == null) {
            return;
        }
        try {
            RoundDepartment d = department.getValue();
            RoundResults res = rounds.results(r.id(), d == null ? null : d.id(), band.getValue());
            notice.setVisible(false);
            render(res);
        } catch (UserError e) {
            clearFigures();
            notice.setText(getTranslation(e.key(), e.args()));
            notice.setVisible(true);
        }
    }

    private void clearFigures() {
        shown = null;
        summary.setVisible(false);
        figures.removeAll();
        charts.clear();
        cards.clear();
        replies.clear();
        export.setEnabled(false);
    }

    // ---- showing ----

    private void render(RoundResults res) {
        shown = res;
        var locale = getLocale();
        figures.removeAll();
        charts.clear();
        cards.clear();
        replies.clear();
        responses.setText(Numbers.format(res.responses(), locale));
        responseRate.setText(res.responseRate() == null ? getTranslation("pulse.results.rate-company-only")
                : getTranslation("pulse.results.percent", Numbers.format(res.responseRate().longValue(), locale)));
        summary.setVisible(true);
        List<Item> all = items(res);
        for (Item item : all) {
            Div card = item.question() != null ? question(item.question())
                    : item.choice() != null ? choice(item.choice()) : comments(item.comments());
            cards.put(item.id(), card);
            figures.add(card);
        }
        if (all.isEmpty()) {
            figures.add(new Paragraph(getTranslation("pulse.results.no-questions")));
        }
        export.setEnabled(true);
    }

    /** A question of either kind, in the survey's order. */
    private record Item(int position, long id, @Nullable QuestionResult question, @Nullable ChoiceResult choice,
                        @Nullable CommentResult comments) {
    }

    private static List<Item> items(RoundResults res) {
        List<Item> all = new ArrayList<>();
        res.questions().forEach(q -> all.add(new Item(q.position(), q.questionId(), q, null, null)));
        res.choiceQuestions().forEach(c -> all.add(new Item(c.position(), c.questionId(), null, c, null)));
        res.comments().forEach(c -> all.add(new Item(c.position(), c.questionId(), null, null, c)));
        all.sort(Comparator.comparingInt(Item::position));
        return all;
    }

    private Div card(int position, String text) {
        Div card = new Div();
        card.addClassNames("card", "pulse-results-question");
        var number = new Span(Numbers.format(position, getLocale()));
        number.addClassName("pulse-question-number");
        var heading = new H3(Bidi.isolate(text));
        var head = new Div(number, heading);
        head.addClassName("pulse-results-question-head");
        card.add(head);
        return card;
    }

    private Div question(QuestionResult q) {
        var locale = getLocale();
        String text = q.text(persian());
        Div card = card(q.position(), text);
        if (q.hidden() || q.distribution() == null || q.answered() == null) {
            card.add(hiddenNote("pulse.results.not-enough"));
            return card;
        }
        long n = q.answered();
        var facts = new Div();
        facts.addClassName("pulse-results-summary");
        var answered = new Span(Numbers.format(n, locale));
        answered.addClassName("pulse-results-number");
        facts.add(fact(answered, "pulse.results.answered"));
        if (q.average() != null) {
            var average = new Span(Numbers.format(q.average(), 2, locale));
            average.addClassName("pulse-results-number");
            facts.add(fact(average, q.type() == QuestionType.SCALE_10 ? "pulse.results.average-10" : "pulse.results.average-5"));
        }
        if (q.enps() != null) {
            facts.add(enps(q, n));
        }
        card.add(facts);
        var spec = ChartSpec.bars(text, getTranslation("pulse.results.answer"), answerLabels(q.type()),
                getTranslation("pulse.results.answers-unit"),
                ChartSpec.Series.of(getTranslation("pulse.results.answers"), q.distribution()));
        Chart chart = new Chart(q.type() == QuestionType.AGREE_5 ? spec.horizontal() : spec);
        charts.put(q.questionId(), chart);
        card.add(chart);
        return card;
    }

    /** A single- or multiple-choice question: how many answered, and a bar per choice. */
    private Div choice(ChoiceResult c) {
        String text = c.text(persian());
        Div card = card(c.position(), text);
        if (c.hidden() || c.choices() == null || c.answered() == null) {
            card.add(hiddenNote("pulse.results.not-enough"));
            return card;
        }
        var facts = new Div();
        facts.addClassName("pulse-results-summary");
        var answered = new Span(Numbers.format(c.answered(), getLocale()));
        answered.addClassName("pulse-results-number");
        facts.add(fact(answered, "pulse.results.answered"));
        card.add(facts);
        if (c.type() == QuestionType.MULTI) {
            var hint = new Paragraph(getTranslation("pulse.results.multi-hint"));
            hint.addClassName("pulse-hint");
            card.add(hint);
        }
        List<String> labels = c.choices().stream().map(x -> Bidi.isolate(x.text(persian()))).toList();
        var spec = ChartSpec.bars(text, getTranslation("pulse.results.choice"), labels, getTranslation("pulse.results.answers-unit"),
                ChartSpec.Series.of(getTranslation("pulse.results.answers"),
                        c.choices().stream().map(ChoiceResult.ChoiceCount::count).toList()));
        Chart chart = new Chart(spec.horizontal());
        charts.put(c.questionId(), chart);
        card.add(chart);
        return card;
    }

    /** eNPS as a big signed number, with the shares of promoters and detractors it comes from. */
    private Div enps(QuestionResult q, long n) {
        var locale = getLocale();
        List<Long> d = q.distribution();
        long promoters = d.get(9) + d.get(10);
        long detractors = d.subList(0, 7).stream().mapToLong(Long::longValue).sum();
        int enps = q.enps();
        var number = new Span((enps > 0 ? "+" : "") + Numbers.format(enps, locale));
        number.addClassNames("pulse-results-number", "pulse-results-enps");
        number.getElement().setAttribute("dir", "ltr");
        var label = new Span(getTranslation("pulse.results.enps"));
        label.addClassName("pulse-results-label");
        var help = new Span(getTranslation("pulse.results.enps-help",
                Numbers.format(Math.round(100.0 * promoters / n), locale),
                Numbers.format(Math.round(100.0 * detractors / n), locale)));
        help.addClassName("pulse-hint");
        var box = new Div(number, label, help);
        box.addClassNames("pulse-results-fact", "pulse-results-enps-box");
        return box;
    }

    private List<String> answerLabels(QuestionType type) {
        var labels = new ArrayList<String>();
        for (int v = type.min(); v <= type.max(); v++) {
            labels.add(type == QuestionType.AGREE_5 ? getTranslation("pulse.agree." + v) : Numbers.format(v, getLocale()));
        }
        return labels;
    }

    private Div comments(CommentResult c) {
        Div card = card(c.position(), c.text(persian()));
        if (c.hidden() || c.comments() == null) {
            card.add(hiddenNote("pulse.results.not-enough-comments"));
            return card;
        }
        if (c.comments().isEmpty()) {
            card.add(hiddenNote("pulse.results.no-comments"));
            return card;
        }
        var count = new Paragraph(getTranslation("pulse.results.comment-count", Numbers.format(c.comments().size(), getLocale())));
        count.addClassName("pulse-hint");
        var list = new UnorderedList();
        list.addClassName("pulse-results-comments");
        for (CommentResult.Comment comment : c.entries()) {
            var text = new Span(comment.body());
            text.getElement().setAttribute("dir", "auto");
            var reply = new Button(getTranslation("pulse.results.reply"));
            reply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            reply.addClickListener(e -> new CommentReplyDialog(conversations, comment.id()).open());
            replies.put(comment.id(), reply);
            list.add(new ListItem(text, reply));
        }
        card.add(count, list);
        return card;
    }

    private Component hiddenNote(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("pulse-results-hidden");
        return p;
    }

    // ---- export ----

    /** The figures shown, as CSV: a line per figure, the hidden ones marked hidden; nothing while none is shown. */
    byte[] exportCsv() {
        RoundResults res = shown;
        ResultRound r = round.getValue();
        var csv = CsvExport.withHeader(getTranslation("pulse.results.csv.question"), getTranslation("pulse.results.csv.measure"),
                getTranslation("pulse.results.csv.answer"), getTranslation("pulse.results.csv.value"));
        if (res == null || r == null || survey == null) {
            return csv.toBytes();
        }
        boolean fa = persian();
        var locale = getLocale();
        csv.row("", getTranslation("pulse.results.csv.survey"), "", fa ? survey.form().nameFa() : survey.form().nameEn());
        csv.row("", getTranslation("pulse.results.csv.round"), "", Dates.date(r.closeDate(), locale));
        csv.row("", getTranslation("pulse.results.csv.group"), "", groupLabel());
        csv.row("", getTranslation("pulse.results.responses"), "", res.responses());
        if (res.responseRate() != null) {
            csv.row("", getTranslation("pulse.results.response-rate"), "", res.responseRate());
        }
        String hidden = getTranslation("pulse.results.csv.hidden");
        for (Item item : items(res)) {
            if (item.question() != null) {
                exportQuestion(csv, item.question(), hidden);
                continue;
            }
            if (item.choice() != null) {
                ChoiceResult c = item.choice();
                String text = c.text(fa);
                if (c.hidden() || c.choices() == null) {
                    csv.row(text, getTranslation("pulse.results.answered"), "", hidden);
                } else {
                    csv.row(text, getTranslation("pulse.results.answered"), "", c.answered());
                    c.choices().forEach(x -> csv.row(text, getTranslation("pulse.results.answers"), x.text(fa), x.count()));
                }
                continue;
            }
            CommentResult c = item.comments();
            String text = c.text(fa);
            String measure = getTranslation("pulse.results.csv.comment");
            if (c.hidden() || c.comments() == null) {
                csv.row(text, measure, "", hidden);
            } else {
                c.comments().forEach(body -> csv.row(text, measure, "", body));
            }
        }
        return csv.toBytes();
    }

    private void exportQuestion(CsvExport csv, QuestionResult q, String hidden) {
        String text = q.text(persian());
        if (q.hidden() || q.distribution() == null) {
            csv.row(text, getTranslation("pulse.results.answered"), "", hidden);
            return;
        }
        csv.row(text, getTranslation("pulse.results.answered"), "", q.answered());
        if (q.average() != null) {
            csv.row(text, getTranslation("pulse.results.csv.average"), "", q.average());
        }
        if (q.enps() != null) {
            csv.row(text, getTranslation("pulse.results.enps"), "", q.enps());
        }
        List<String> labels = answerLabels(q.type());
        for (int i = 0; i < q.distribution().size(); i++) {
            String answer = q.type() == QuestionType.AGREE_5 ? labels.get(i) : String.valueOf(q.type().min() + i);
            csv.row(text, getTranslation("pulse.results.answers"), answer, q.distribution().get(i));
        }
    }

    private String groupLabel() {
        RoundDepartment d = department.getValue();
        TenureBand b = band.getValue();
        String dept = d == null ? getTranslation("pulse.results.whole-company") : d.name();
        return b == null ? dept : dept + " · " + getTranslation("pulse.band." + b.name());
    }

    private String exportName() {
        ResultRound r = round.getValue();
        return "pulse-results-" + (survey == null ? "" : survey.id()) + (r == null ? "" : "-" + r.closeDate()) + ".csv";
    }

    /** Where the results of this survey are read. */
    static RouteParameters route(long surveyId) {
        return new RouteParameters(SURVEY, String.valueOf(surveyId));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("pulse.results.title"));
    }
}
