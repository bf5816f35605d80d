package app.bravo.people;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.people.internal.PersonRepository;
import app.bravo.security.ActiveSessions;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.csv.ImportProgress;
import app.bravo.shared.upload.Uploads;
import app.bravo.shared.upload.UploadsTestImages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** /settings' service: one's own password, "about me" and photo (issue 12, point 22). */
@IntegrationTest
class SettingsServiceTest {

    private static final String OLD = "Old-kettle-2231-lantern";
    private static final String NEW = "New-teapot-8842-harbour";

    @Autowired Fixtures fixtures;
    @Autowired SettingsService settings;
    @Autowired PeopleService people;
    @Autowired PeopleImport importer;
    @Autowired PersonRepository repository;
    @Autowired PasswordEncoder encoder;
    @Autowired ActiveSessions sessions;
    @Autowired AuditService audit;
    @Autowired Uploads uploads;
    @Autowired MockMvc mvc;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        Fixtures.signOut();
    }

    private Person personWithPassword() {
        Person p = fixtures.person(Fixtures.unique("Settings"));
        TestAccess.setPasswordHash(p, encoder.encode(OLD));
        return repository.save(p);
    }

    private MockHttpSession openSession() throws Exception {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        sessions.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    private static void inSession(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void a_person_changes_their_own_password_and_their_other_sessions_end() throws Exception {
        Person p = personWithPassword();
        fixtures.signIn(p);
        MockHttpSession here = openSession();
        MockHttpSession elsewhere = openSession();
        assertThat(sessions.openSessions(p.getId())).isEqualTo(2);
        inSession(here);

        settings.changePassword(OLD, NEW);

        assertThat(encoder.matches(NEW, repository.findById(p.getId()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(here.isInvalid()).isFalse();
        assertThat(sessions.openSessions(p.getId())).isEqualTo(1);
        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.find(AuditAction.PASSWORD_CHANGED, p.getEmail(), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(p.getEmail());
                    assertThat(e.getTargetId()).isEqualTo(p.getId().toString());
                });
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        Person p = personWithPassword();
        fixtures.signIn(p);
        assertThatThrownBy(() -> settings.changePassword("not-the-password", NEW))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("settings.password.wrong-current"));
        assertThat(encoder.matches(OLD, repository.findById(p.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void the_new_password_follows_the_sign_in_policy() {
        Person p = personWithPassword();
        fixtures.signIn(p);
        assertThatThrownBy(() -> settings.changePassword(OLD, "short"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> settings.changePassword(OLD, "password123"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("password.too-common"));
        assertThatThrownBy(() -> settings.changePassword(OLD, OLD))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("settings.password.same"));
        assertThat(encoder.matches(OLD, repository.findById(p.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void about_me_is_plain_text_within_its_limit_and_shown_on_the_profile() {
        Person p = fixtures.person(Fixtures.unique("About"));
        fixtures.signIn(p);
        settings.saveAboutMe("  سلام! I look after the coffee machine.\r\nAsk me about 🚲  ");
        assertThat(people.find(p.getId()).orElseThrow().aboutMe())
                .isEqualTo("سلام! I look after the coffee machine.\nAsk me about 🚲");

        assertThatThrownBy(() -> settings.saveAboutMe("x".repeat(Person.ABOUT_MAX + 1)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("settings.about.too-long"));
        assertThatThrownBy(() -> settings.saveAboutMe("bell\u0007"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("settings.about.invalid"));
        assertThat(people.find(p.getId()).orElseThrow().aboutMe()).startsWith("سلام!");
    }

    @Test
    void a_photo_is_stored_cleaned_shown_everywhere_and_served_only_to_signed_in_people() throws Exception {
        Person p = fixtures.person(Fixtures.unique("Photo"));
        var me = fixtures.signIn(p);
        String url = settings.savePhoto(UploadsTestImages.jpegWithComment(1600, 1200, "secret-place"));

        assertThat(url).startsWith("files/");
        assertThat(people.find(p.getId()).orElseThrow().photoUrl()).isEqualTo(url);
        assertThat(people.search(p.getDisplayName(), null, false, PageRequest.of(0, 5)).getContent())
                .singleElement().extracting(PersonSummary::photoUrl).isEqualTo(url);

        var auth = UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities());
        var served = mvc.perform(get("/" + url).with(authentication(auth))).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeader("Content-Disposition")).startsWith("inline; filename=\"photo-");
        assertThat(served.getHeader("Cache-Control")).contains("private").contains("max-age=31536000");
        assertThat(new String(served.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("secret-place");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served.getContentAsByteArray()));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(512);

        Fixtures.signOut();
        var anonymous = mvc.perform(get("/" + url)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isNotEqualTo(200);
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_new_photo_replaces_the_old_one_and_a_removed_photo_is_gone() throws Exception {
        Person p = fixtures.person(Fixtures.unique("Replace"));
        fixtures.signIn(p);
        String first = settings.savePhoto(UploadsTestImages.image("png", 100, 100, true));
        String second = settings.savePhoto(UploadsTestImages.image("png", 80, 80, false));
        assertThat(uploads.find(first.substring("files/".length()))).isEmpty();
        assertThat(uploads.find(second.substring("files/".length()))).isPresent();

        settings.removePhoto();
        assertThat(uploads.find(second.substring("files/".length()))).isEmpty();
        assertThat(people.find(p.getId()).orElseThrow().photoUrl()).isNull();
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_and_the_old_photo_stays() throws Exception {
        Person p = fixtures.person(Fixtures.unique("NotImage"));
        fixtures.signIn(p);
        String photo = settings.savePhoto(UploadsTestImages.image("png", 50, 50, false));
        assertThatThrownBy(() -> settings.savePhoto("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("upload.image.not-image"));
        assertThat(people.find(p.getId()).orElseThrow().photoUrl()).isEqualTo(photo);
    }

    @Test
    void a_directory_import_never_overwrites_what_a_person_wrote() throws Exception {
        Person p = fixtures.person(Fixtures.unique("Imported"));
        fixtures.signIn(p);
        settings.saveAboutMe("Written by me");
        String photo = settings.savePhoto(UploadsTestImages.image("png", 40, 40, false));

        fixtures.signInAs(Role.ADMIN);
        String csv = "email,name,title,department\n" + p.getEmail() + "," + p.getDisplayName() + ",Chief Kettle Officer,\n";
        var report = importer.importCsv("people.csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        assertThat(report.updated()).isEqualTo(1);
        PersonDetails after = people.find(p.getId()).orElseThrow();
        assertThat(after.jobTitle()).isEqualTo("Chief Kettle Officer");
        assertThat(after.aboutMe()).isEqualTo("Written by me");
        assertThat(after.photoUrl()).isEqualTo(photo);
    }
}
