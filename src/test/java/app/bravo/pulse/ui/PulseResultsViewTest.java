package app.bravo.pulse.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.Audience;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.PublishedRound;
import app.bravo.pulse.ReplySide;
import app.bravo.pulse.ResultsService;
import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.PulseTestData;
import app.bravo.pulse.Question;
import app.bravo.pulse.RoundDepartment;
import app.bravo.pulse.TenureBand;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import app.bravo.shared.chart.ChartSpec;
import app.bravo.shell.ErrorPages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /pulse/results/{surveyId}}: HR reads a closed round for a group, sees refusals as notices, and exports what is shown. */
@IntegrationTest
class PulseResultsViewTest extends SpringBrowserlessTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);
    /** The 0-10 answers: promoters 2 (9, 10), detractors 7 (0 to 6) of 10, so eNPS -50; average 4.8. */
    private static final int[] SCORES = {0, 1, 2, 3, 4, 5, 6, 9, 10, 8};

    @Autowired Fixtures fixtures;
    @Autowired PulseTestData data;
    @Autowired PulseService pulses;
    @Autowired RoundsJob job;
    @Autowired TestClock clock;
    @Autowired ResultsService results;
    @Autowired ConversationService conversations;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    /** A survey, its big department, its small one and its closed round. */
    record World(long survey, long big, long small, long round) {
    }

    /**
     * A closed one-off round (threshold 5, comments 8) for a department of 8 people and one of 2, all of
     * whom answered, each with a comment; HR is signed in afterwards.
     */
    private World world() {
        long big = data.department(null);
        long small = data.department(null);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(data.employee(i < 8 ? big : small, HIRED));
        }
        long survey = data.draft();
        long round = data.openOneOff(survey, new Audience(Set.of(big, small), Set.of()));
        for (int i = 0; i < people.size(); i++) {
            fixtures.signIn(people.get(i));
            List<Question> q = pulses.sheet(round).questions();
            String comment = switch (i) {
                case 0 -> "=HYPERLINK(\"http://evil.example\")";
                case 1 -> "-2+3";
                case 2 -> "@SUM(A1:A2)";
                case 3 -> "+1";
                default -> "Comment " + i;
            };
            pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), SCORES[i]), GivenAnswer.number(q.get(1).id(), 4),
                    GivenAnswer.choices(q.get(2).id(), q.get(2).choices().get(i < 3 ? 1 : 0).id()),
                    GivenAnswer.text(q.get(3).id(), comment)));
        }
        clock.set(Instant.parse("2033-03-15T00:00:00Z"));
        job.closeOverdue();
        fixtures.signInAs(Role.HR);
        return new World(survey, big, small, round);
    }

    private PulseResultsView open(long survey) {
        UI.getCurrent().navigate(app.bravo.home.HomeView.class);
        UI.getCurrent().navigate("pulse/results/" + survey);
        return $(PulseResultsView.class).first();
    }

    private static RoundDepartment item(PulseResultsView view, long id) {
        return view.department.getListDataView().getItems().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void hr_sees_the_whole_company_with_charts_enps_and_comments_and_a_small_department_is_refused_in_a_notice() {
        World w = world();
        PulseManageView list = navigate(PulseManageView.class);
        assertThat(list.resultLinks.get(w.survey()).getHref()).isEqualTo("pulse/results/" + w.survey());

        PulseResultsView view = open(w.survey());
        assertThat(view.round.getValue().id()).isEqualTo(w.round());
        assertThat(view.round.getItemLabelGenerator().apply(view.round.getValue())).isEqualTo("Closed on 14 Mar 2033");
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.responses.getText()).isEqualTo("10");
        assertThat(view.responseRate.getText()).isEqualTo("100%");
        assertThat(view.charts).hasSize(3);
        var bars = (ChartSpec.Bars) view.charts.values().iterator().next().getSpec();
        assertThat(bars.categories()).hasSize(11);
        assertThat(bars.series().getFirst().values()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0);
        // the single-choice question: 7 in the office, 3 at home, a bar per choice in the survey's order
        var choices = (ChartSpec.Bars) view.charts.values().stream().toList().get(2).getSpec();
        assertThat(choices.categories()).hasSize(2);
        assertThat(choices.series().getFirst().values()).containsExactly(7.0, 3.0);
        String page = view.figures.getElement().getTextRecursively();
        assertThat(page).contains("Recommend us?").contains("4.80").contains("-50")
                .contains("20% promoters (9 or 10) minus 70% detractors (0 to 6)")
                .contains("I am recognised.").contains("4.00")
                .contains("Anything else?").contains("10 comments, in random order").contains("Comment 7");

        view.department.setValue(item(view, w.small()));
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).isEqualTo("These results stay hidden: they are shown only for groups of at least 5 "
                + "people, and only where no smaller group could be worked out from them by subtraction.");
        assertThat(view.department.getValue().id()).as("the filter stays as chosen").isEqualTo(w.small());
        assertThat(view.summary.isVisible()).isFalse();
        assertThat(view.charts).isEmpty();
        assertThat(view.figures.getChildren()).isEmpty();
        assertThat(view.export.isEnabled()).isFalse();

        // the big department is the whole company minus the small one: shown, it would give the small one away
        view.department.setValue(item(view, w.big()));
        assertThat(view.notice.isVisible()).isTrue();

        view.department.clear();
        view.band.setValue(TenureBand.OVER_5_YEARS);
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.responses.getText()).isEqualTo("10");
        assertThat(view.responseRate.getText()).isEqualTo("Whole company only");
    }

    @Test
    void the_export_holds_the_figures_shown_and_no_cell_starts_a_formula() throws Exception {
        World w = world();
        PulseResultsView view = open(w.survey());
        byte[] bytes = view.exportCsv();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFQuestion,Measure,Answer,Value\r\n");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        List<List<String>> lines = rows.stream().map(CSVRecord::toList).toList();
        assertThat(lines).contains(List.of("", "Group", "", "Whole company"), List.of("", "Responses", "", "10"),
                List.of("", "Response rate", "", "100"), List.of("Recommend us?", "Answered", "", "10"),
                List.of("Recommend us?", "Average", "", "4.8"), List.of("Recommend us?", "eNPS", "", "-50"),
                List.of("Recommend us?", "Answers", "7", "0"), List.of("Recommend us?", "Answers", "10", "1"),
                List.of("I am recognised.", "Answers", "Agree", "10"),
                List.of("Where do you work?", "Answered", "", "10"), List.of("Where do you work?", "Answers", "Office", "7"),
                List.of("Where do you work?", "Answers", "Home", "3"),
                List.of("Anything else?", "Comment", "", "'=HYPERLINK(\"http://evil.example\")"),
                List.of("Anything else?", "Comment", "", "'-2+3"), List.of("Anything else?", "Comment", "", "Comment 9"));
        assertThat(lines.stream().filter(l -> l.get(1).equals("Comment"))).hasSize(10);
        for (List<String> line : lines) {
            for (String cell : line) {
                if (!cell.matches("-\\d+")) {
                    assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }

        // a refused group exports nothing but the header; a hidden question exports as hidden
        view.department.setValue(item(view, w.small()));
        assertThat(new String(view.exportCsv(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFQuestion,Measure,Answer,Value\r\n");
    }

    @Test
    void hr_publishes_the_round_links_its_actions_and_replies_to_a_comment_from_the_page() {
        World w = world();
        PulseResultsView view = open(w.survey());
        assertThat(view.actions.getHref()).isEqualTo("actions?round=" + w.round());
        assertThat(view.publish.getText()).isEqualTo("Publish to everyone");
        assertThat(view.publish.isEnabled()).isTrue();

        test(view.publish).click();
        assertThat(results.publishedRounds()).extracting(PublishedRound::roundId).contains(w.round());
        assertThat(view.publish.getText()).isEqualTo("Published to everyone");
        assertThat(view.publish.isEnabled()).isFalse();

        // every shown comment can be answered; the reply reaches that comment's thread only
        assertThat(view.replies).hasSize(10);
        String comment = view.replies.keySet().iterator().next();
        test(view.replies.get(comment)).click();
        CommentReplyDialog dialog = $(CommentReplyDialog.class).first();
        dialog.thread.answer.setValue("Thank you: what would help most?");
        test(dialog.thread.send).click();
        assertThat(conversations.staffThread(comment).replies()).singleElement()
                .satisfies(r -> {
                    assertThat(r.side()).isEqualTo(ReplySide.STAFF);
                    assertThat(r.body()).isEqualTo("Thank you: what would help most?");
                });

        // a refused group offers nothing to reply to
        view.department.setValue(item(view, w.small()));
        assertThat(view.replies).isEmpty();
    }

    @Test
    void a_persian_reader_sees_persian_digits_and_an_employee_is_denied_the_page() {
        World w = world();
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        PulseResultsView view = open(w.survey());
        assertThat(view.responses.getText()).isEqualTo("۱۰");
        assertThat(view.responseRate.getText()).isEqualTo("۱۰۰٪");
        assertThat(view.figures.getElement().getTextRecursively()).contains("ما را پیشنهاد می‌کنید؟").contains("۵۰")
                .contains("۴٫۸۰");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        fixtures.signIn(data.employee(null, HIRED));
        ErrorPages.assertDenied(() -> navigate("pulse/results/" + w.survey(), PulseResultsView.class), PulseResultsView.class);
    }
}
