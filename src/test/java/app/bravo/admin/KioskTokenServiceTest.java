package app.bravo.admin;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.internal.KioskTokenRepository;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.ScreenNote;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class KioskTokenServiceTest {

    @Autowired KioskTokenService kiosks;
    @Autowired KioskTokenRepository repository;
    @Autowired FeedbackService feedback;
    @Autowired NoteOfTheDay noteOfTheDay;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private KioskTokenView listed(long id) {
        return kiosks.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @Test
    void the_secret_is_shown_once_and_only_its_hash_is_stored() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("Lobby");
        NewKioskToken made = kiosks.create(name, 20, List.of());

        assertThat(made.secret()).matches("[A-Za-z0-9_-]{32}");
        assertThat(made.path()).isEqualTo("kiosk/" + made.secret());
        assertThat(made.toString()).doesNotContain(made.secret());
        KioskToken row = repository.findById(made.id()).orElseThrow();
        assertThat(row.getSecret().getPrefix()).isEqualTo(made.secret().substring(0, KioskToken.PREFIX_LENGTH));
        assertThat(repository.findBySecretTokenHash(HashedSecret.hash(made.secret()))).isPresent();
        assertThat(repository.findBySecretTokenHash(made.secret())).isEmpty();
        KioskTokenView view = listed(made.id());
        assertThat(view.name()).isEqualTo(name);
        assertThat(view.toString()).doesNotContain(made.secret());
    }

    @Test
    void a_valid_secret_resolves_to_the_screen_settings_and_revoking_ends_it() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Lobby dept");
        NewKioskToken made = kiosks.create(Fixtures.unique("Hall"), 45, List.of(dept.getId()));
        Fixtures.signOut();

        KioskScreen screen = kiosks.resolve(made.secret()).orElseThrow();
        assertThat(screen.rotationSeconds()).isEqualTo(45);
        assertThat(screen.departments()).containsExactly(dept.getId());
        assertThat(kiosks.resolve("no-such-secret")).isEmpty();
        assertThat(kiosks.resolve("")).isEmpty();

        fixtures.signInAs(Role.ADMIN);
        assertThat(listed(made.id()).lastSeenAt()).isNotNull();
        assertThat(listed(made.id()).departments()).containsExactly(dept.getName());
        kiosks.revoke(made.id());
        Fixtures.signOut();
        assertThat(kiosks.resolve(made.secret())).isEmpty();
    }

    @Test
    void a_screen_with_departments_shows_only_notes_crediting_them() {
        fixtures.signInAs(Role.ADMIN);
        var shown = fixtures.department("Shown");
        var other = fixtures.department("Other");
        NewKioskToken made = kiosks.create(Fixtures.unique("Team screen"), 10, List.of(shown.getId()));

        fixtures.signInAs();
        long ours = feedback.submit(new FeedbackForm(Fixtures.unique("Ours"), null, null, Channel.CHAT, null, null, null,
                List.of(), List.of(), List.of(shown.getId()), List.of(), null)).id();
        long theirs = feedback.submit(new FeedbackForm(Fixtures.unique("Theirs"), null, null, Channel.CHAT, null, null, null,
                List.of(), List.of(), List.of(other.getId()), List.of(), null)).id();
        long pending = feedback.submit(new FeedbackForm(Fixtures.unique("Waiting"), null, null, Channel.CHAT, null, null, null,
                List.of(), List.of(), List.of(shown.getId()), List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(ours, null);
        feedback.approve(theirs, null);
        Fixtures.signOut();

        KioskScreen screen = kiosks.resolve(made.secret()).orElseThrow();
        List<Long> onScreen = noteOfTheDay.forScreen(screen.departments(), 50).stream().map(ScreenNote::id).toList();
        assertThat(onScreen).containsExactly(ours);
        assertThat(noteOfTheDay.forScreen(Set.of(), 50)).extracting(ScreenNote::id).contains(ours, theirs).doesNotContain(pending);
    }

    @Test
    void only_an_administrator_makes_screens_with_valid_settings() {
        fixtures.signInAs(Role.MODERATOR);
        assertThatThrownBy(() -> kiosks.create("Lobby", 15, List.of())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> kiosks.list(PageRequest.of(0, 5))).isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> kiosks.create("Lobby", 4, List.of())).isInstanceOf(UserError.class)
                .hasMessage("kiosk.token.error.rotation");
        assertThatThrownBy(() -> kiosks.create("Lobby", 301, List.of())).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> kiosks.create(" ", 15, List.of())).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> kiosks.create("Lobby", 15, List.of(Long.MAX_VALUE))).isInstanceOf(UserError.class)
                .hasMessage("kiosk.token.error.department-unknown");
        assertThatThrownBy(() -> kiosks.ensureDemoScreen("demo")).isInstanceOf(IllegalStateException.class);
    }
}
