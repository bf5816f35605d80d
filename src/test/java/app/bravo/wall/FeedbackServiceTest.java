package app.bravo.wall;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class FeedbackServiceTest {

    @Autowired FeedbackService feedback;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationEvents events;
    @Autowired PeopleService people;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private static FeedbackForm form(String quote) {
        return FeedbackForm.of(quote, Channel.EMAIL);
    }

    private static FeedbackForm withTags(String quote, List<String> tags) {
        return new FeedbackForm(quote, null, null, Channel.CHAT, null, null, null, List.of(), List.of(), List.of(), tags, null);
    }

    private List<Long> publishedIds() {
        return feedback.published(null, 100).items().stream().map(NoteView::id).toList();
    }

    private AuditEntry auditOf(AuditAction action, long noteId) {
        fixtures.signInAs(Role.ADMIN);
        return audit.find(action, String.valueOf(noteId), PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> String.valueOf(noteId).equals(e.getTargetId()))
                .findFirst().orElseThrow();
    }

    @Test
    void an_employees_note_waits_for_moderation_and_is_not_public_before_approval() {
        var employee = fixtures.signInAs();
        SubmitResult result = feedback.submit(form("They fixed our invoice problem within the hour. " + Fixtures.unique("q")));
        assertThat(result.status()).isEqualTo(FeedbackStatus.PENDING);
        assertThat(result.created()).isTrue();
        assertThat(publishedIds()).doesNotContain(result.id());

        fixtures.signInAs(Role.MODERATOR);
        var pending = feedback.pending(PageRequest.of(0, 100)).getContent().stream()
                .filter(p -> p.note().id() == result.id()).findFirst().orElseThrow();
        assertThat(pending.submittedBy()).isEqualTo(new Credit(employee.personId(), employee.displayName()));
        assertThat(pending.note().source()).isEqualTo(FeedbackSource.FORM);
    }

    @Test
    void the_queue_shows_the_personal_data_found_and_a_proposed_redaction() {
        fixtures.signInAs();
        long id = feedback.submit(form("Great call! Reach me at lena@customer.example or +46 70 123 45 67.")).id();

        fixtures.signInAs(Role.MODERATOR);
        var pending = feedback.pending(PageRequest.of(0, 100)).getContent().stream()
                .filter(p -> p.note().id() == id).findFirst().orElseThrow();
        assertThat(pending.personalData()).extracting(PersonalData::kind)
                .containsExactly(PersonalData.Kind.EMAIL, PersonalData.Kind.PHONE);
        assertThat(pending.proposedQuote()).isEqualTo("Great call! Reach me at [email] or [phone].");
    }

    @Test
    void approving_with_the_proposed_redaction_publishes_the_redacted_quote_audits_and_announces_it() {
        fixtures.signInAs();
        var credited = fixtures.person("Credited Person");
        var form = new FeedbackForm("Call 0912 345 6789 anytime, Arash was brilliant", "Mina", "Acme", Channel.CALL, 10,
                ScoreType.NPS, LocalDate.now().minusDays(2), List.of(credited.getId()), List.of(), List.of(), List.of("Support"), null);
        long id = feedback.submit(form).id();

        var moderator = fixtures.signInAs(Role.MODERATOR);
        String proposed = feedback.pending(PageRequest.of(0, 100)).getContent().stream()
                .filter(p -> p.note().id() == id).findFirst().orElseThrow().proposedQuote();
        feedback.approve(id, proposed);

        fixtures.signInAs();
        NoteView published = feedback.published(null, 100).items().stream()
                .filter(n -> n.id() == id).findFirst().orElseThrow();
        assertThat(published.quote()).isEqualTo("Call [phone] anytime, Arash was brilliant");
        assertThat(published.redacted()).isTrue();
        assertThat(published.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(published.tags()).containsExactly("support");
        assertThat(published.creditedPeople()).containsExactly(new Credit(credited.getId(), "Credited Person"));
        assertThat(published.score()).isEqualTo(10);

        AuditEntry entry = auditOf(AuditAction.FEEDBACK_APPROVED, id);
        assertThat(entry.getActor()).isEqualTo(moderator.email());
        assertThat(events.stream(FeedbackApproved.class).filter(e -> e.noteId() == id))
                .singleElement().satisfies(e -> assertThat(e.creditedPeople()).containsExactly(credited.getId()));
    }

    @Test
    void a_rejected_note_keeps_its_reason_stays_off_the_wall_and_is_audited() {
        fixtures.signInAs();
        long id = feedback.submit(form("Not really about us")).id();

        fixtures.signInAs(Role.MODERATOR);
        assertThatThrownBy(() -> feedback.reject(id, "  "))
                .isInstanceOfSatisfying(InvalidFeedback.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason"));
        feedback.reject(id, "Feedback about a competitor");
        assertThat(feedback.find(id).orElseThrow().status()).isEqualTo(FeedbackStatus.REJECTED);
        assertThatThrownBy(() -> feedback.approve(id, null)).isInstanceOf(UserError.class).hasMessage("wall.error.wrong-status");
        assertThat(publishedIds()).doesNotContain(id);
        assertThat(auditOf(AuditAction.FEEDBACK_REJECTED, id).getParams()).contains("\"reason\":\"Feedback about a competitor\"");
    }

    @Test
    void archiving_takes_a_published_note_off_the_wall_and_is_audited() {
        fixtures.signInAs();
        long id = feedback.submit(form("Lovely onboarding")).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        assertThat(publishedIds()).contains(id);

        feedback.archive(id);
        assertThat(publishedIds()).doesNotContain(id);
        assertThat(auditOf(AuditAction.FEEDBACK_ARCHIVED, id).getParams()).contains("audit.note-status.PUBLISHED");
    }

    @Test
    void a_moderators_edit_changes_the_note_and_the_audit_names_the_fields_not_the_text() {
        fixtures.signInAs();
        long id = feedback.submit(form("My number is 555-123-4567, thanks team")).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.edit(id, new FeedbackForm("Thanks team", "Jo", null, Channel.SURVEY, 5, ScoreType.CSAT, null,
                List.of(), List.of(), List.of(), List.of("onboarding"), null));

        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.quote()).isEqualTo("Thanks team");
        assertThat(note.redacted()).isTrue();
        assertThat(note.channel()).isEqualTo(Channel.SURVEY);
        AuditEntry edited = auditOf(AuditAction.FEEDBACK_EDITED, id);
        assertThat(edited.getSubject()).isEqualTo("Thanks team");
        assertThat(edited.getParams()).contains("moderation.field.quote", "moderation.field.customerName",
                "moderation.field.channel", "moderation.field.score", "moderation.field.tags").doesNotContain("555");
    }

    @Test
    void the_audit_names_a_note_by_its_quote_with_personal_data_masked() {
        fixtures.signInAs();
        long id = feedback.submit(form("Unchanged on purpose: write to jo.bloggs@customer.example any time")).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);

        AuditEntry entry = auditOf(AuditAction.FEEDBACK_APPROVED, id);
        assertThat(entry.getMessageKey()).isEqualTo("audit.msg.note-approved");
        assertThat(entry.getSubject()).startsWith("Unchanged on purpose: write to [email]").doesNotContain("jo.bloggs");
        assertThat(entry.getParams()).doesNotContain("jo.bloggs");
    }

    @Test
    void an_employee_cannot_moderate() {
        fixtures.signInAs();
        long id = feedback.submit(form("Please approve me")).id();
        assertThatThrownBy(() -> feedback.approve(id, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> feedback.reject(id, "no")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> feedback.pending(PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> feedback.submitFromApi(1L, form("sneaky"))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void every_bad_field_is_named_at_once() {
        fixtures.signInAs();
        var bad = new FeedbackForm("   ", "x".repeat(FeedbackRules.NAME_MAX + 1), "Acme\u0007", null, 11, ScoreType.NPS,
                LocalDate.now().plusDays(3), List.of(), List.of("not-an-address"), List.of(),
                List.of("ok", "a".repeat(FeedbackRules.TAG_MAX + 1)), null);
        assertThatThrownBy(() -> feedback.submit(bad)).isInstanceOfSatisfying(InvalidFeedback.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                        "quote", "customerName", "company", "channel", "score", "receivedAt", "credited[0]", "tags[1]"));
    }

    @Test
    void score_rules_follow_the_scale() {
        fixtures.signInAs();
        var noType = new FeedbackForm("ok", null, null, Channel.SURVEY, 3, null, null, List.of(), List.of(), List.of(), List.of(), null);
        var csatZero = new FeedbackForm("ok", null, null, Channel.SURVEY, 0, ScoreType.CSAT, null, List.of(), List.of(), List.of(), List.of(), null);
        var npsZero = new FeedbackForm("ok", null, null, Channel.SURVEY, 0, ScoreType.NPS, null, List.of(), List.of(), List.of(), List.of(), null);
        assertThatThrownBy(() -> feedback.submit(noType)).isInstanceOfSatisfying(InvalidFeedback.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::key).containsExactly("wall.error.score-type-missing"));
        assertThatThrownBy(() -> feedback.submit(csatZero)).isInstanceOfSatisfying(InvalidFeedback.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::key).containsExactly("wall.error.score-range"));
        assertThat(feedback.submit(npsZero).status()).isEqualTo(FeedbackStatus.PENDING);
    }

    @Test
    void too_many_tags_and_control_characters_are_refused_but_newlines_and_tabs_in_the_quote_are_kept() {
        fixtures.signInAs();
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "tag" + i).toList();
        assertThatThrownBy(() -> feedback.submit(withTags("fine", eleven))).isInstanceOfSatisfying(InvalidFeedback.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("tags"));
        assertThatThrownBy(() -> feedback.submit(form("null\u0000byte"))).isInstanceOfSatisfying(InvalidFeedback.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::key).containsExactly("wall.error.control-characters"));

        long id = feedback.submit(form("Line one\r\n\tLine two")).id();
        fixtures.signInAs(Role.MODERATOR);
        assertThat(feedback.find(id).orElseThrow().quote()).isEqualTo("Line one\n\tLine two");
    }

    @Test
    void the_quote_limit_counts_characters_so_emoji_count_once() {
        fixtures.signInAs();
        String longest = "🎉".repeat(FeedbackRules.QUOTE_MAX);
        long id = feedback.submit(form(longest)).id();
        assertThatThrownBy(() -> feedback.submit(form(longest + "!"))).isInstanceOf(InvalidFeedback.class);
        fixtures.signInAs(Role.MODERATOR);
        assertThat(feedback.find(id).orElseThrow().quote()).isEqualTo(longest);
    }

    @Test
    void persian_text_four_byte_emoji_and_html_are_stored_exactly_as_typed() {
        fixtures.signInAs();
        String quote = "<script>alert('x')</script> پشتیبانی عالی بود، ممنون از تیم‌تان 🙏🏽👩‍💻 𝄞 <b>bold</b> & \"quotes\"";
        var form = new FeedbackForm(quote, "مریم <i>حسینی</i>", "شرکت نمونه 🚀", Channel.SOCIAL, null, null, null,
                List.of(), List.of(), List.of(), List.of("پشتیبانی", "#Fast-Response"), null);
        long id = feedback.submit(form).id();

        fixtures.signInAs(Role.MODERATOR);
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.quote()).isEqualTo(quote);
        assertThat(note.customerName()).isEqualTo("مریم <i>حسینی</i>");
        assertThat(note.company()).isEqualTo("شرکت نمونه 🚀");
        assertThat(note.tags()).containsExactlyInAnyOrder("پشتیبانی", "fast-response");
    }

    @Test
    void unknown_and_former_staff_credited_by_email_are_reported_and_the_note_is_still_made() {
        var known = fixtures.person("Known Person");
        var former = fixtures.person("Former Person");
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(former.getId());
        fixtures.signInAs();
        String ghost = Fixtures.unique("ghost") + "@test.example";
        var form = new FeedbackForm("Thanks all", null, null, Channel.EMAIL, null, null, null, List.of(),
                List.of(known.getEmail().toUpperCase(), ghost, former.getEmail()), List.of(), List.of(), null);
        SubmitResult result = feedback.submit(form);
        assertThat(result.unknownCredited()).containsExactly(ghost, former.getEmail());
        fixtures.signInAs(Role.MODERATOR);
        assertThat(feedback.find(result.id()).orElseThrow().creditedPeople()).extracting(Credit::id).containsExactly(known.getId());
    }

    @Test
    void a_published_note_that_credits_someone_who_has_left_can_still_be_edited_and_redacted() {
        var leaver = fixtures.person("Leaving Person");
        var stayer = fixtures.person("Staying Person");
        var newcomer = fixtures.person("Newly Credited");
        var former = fixtures.person("Long Gone");
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm("Call 555-123-4567, thanks to both", null, null, Channel.CALL, null, null,
                null, List.of(leaver.getId(), stayer.getId()), List.of(), List.of(), List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(leaver.getId());
        people.deactivate(former.getId());

        fixtures.signInAs(Role.MODERATOR);
        feedback.edit(id, new FeedbackForm("Call [phone], thanks to both", null, null, Channel.CALL, null, null, null,
                List.of(leaver.getId(), stayer.getId(), newcomer.getId()), List.of(), List.of(), List.of(), null));
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.quote()).isEqualTo("Call [phone], thanks to both");
        assertThat(note.redacted()).isTrue();
        assertThat(note.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(note.creditedPeople()).extracting(Credit::id).containsExactly(leaver.getId(), stayer.getId(), newcomer.getId());

        // the moderator may take the departed person off, but not credit someone else who has left
        feedback.edit(id, new FeedbackForm("Call [phone], thanks to both", null, null, Channel.CALL, null, null, null,
                List.of(stayer.getId()), List.of(), List.of(), List.of(), null));
        assertThat(feedback.find(id).orElseThrow().creditedPeople()).extracting(Credit::id).containsExactly(stayer.getId());
        assertThatThrownBy(() -> feedback.edit(id, new FeedbackForm("Call [phone], thanks to both", null, null, Channel.CALL,
                null, null, null, List.of(stayer.getId(), former.getId()), List.of(), List.of(), List.of(), null)))
                .isInstanceOfSatisfying(InvalidFeedback.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key).containsExactly("wall.error.credited-unknown"));
    }

    @Test
    void an_unknown_department_is_a_bad_field() {
        fixtures.signInAs();
        var dept = fixtures.department("Credited");
        var form = new FeedbackForm("Thanks", null, null, Channel.EMAIL, null, null, null, List.of(), List.of(),
                List.of(dept.getId(), -5L), List.of(), null);
        assertThatThrownBy(() -> feedback.submit(form)).isInstanceOfSatisfying(InvalidFeedback.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("creditedDepartments[1]"));
    }
}
