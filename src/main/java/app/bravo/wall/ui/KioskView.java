package app.bravo.wall.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.i18n.Bidi;
import app.bravo.admin.KioskScreen;
import app.bravo.admin.KioskTokenService;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.Spotlight;
import app.bravo.wall.FeedbackApproved;
import app.bravo.wall.NoteFeatured;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.ScreenNote;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The office screen at {@code /kiosk/{token}} (DESIGN section 2.1): no sign-in, no menu, no link
 * into the portal, only published notes. It shows the note of the day first and then rotates
 * through the latest notes (of the token's departments, when it has any), large enough to read
 * from three metres. After every {@value #MOMENT_EVERY} notes comes one of the moments other features
 * celebrate (approved big wins, through the shared {@link Spotlight} slot), styled as a celebration.
 * New approvals, a new note of the day and new moments arrive live through push.
 * <p>
 * A timer in the browser (UI polling every {@value #TICK_MS} ms) drives rotation and re-checks the
 * token every 30 seconds, so a revoked screen goes dark within a minute. A small script reloads the
 * page once the server answers again after a lost connection or a restart (the session is gone then).
 */
@Route(value = "kiosk/:token", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/kiosk.css")
public class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TICK_MS = 5000;
    static final Duration RECHECK = Duration.ofSeconds(30);
    static final int NOTES = 20;
    /** A moment after every third note: the customers' words stay the screen's main voice. */
    static final int MOMENT_EVERY = 3;
    static final int MOMENTS = 8;

    final Span brand = new Span();
    final Span featuredLabel = new Span();
    final Paragraph quote = new Paragraph();
    final Paragraph by = new Paragraph();
    final Div stage = new Div(featuredLabel, quote, by);
    final Span momentLabel = new Span();
    final Paragraph momentPeople = new Paragraph();
    final Paragraph momentText = new Paragraph();
    final Paragraph momentBy = new Paragraph();
    final Div moment = new Div(momentLabel, momentPeople, momentText, momentBy);
    final Span todayLabel = new Span();
    final Span todayQuote = new Span();
    final Div today = new Div(todayLabel, todayQuote);
    final H1 notConnected = new H1();
    final Paragraph notConnectedHint = new Paragraph();
    final Div off = new Div(notConnected, notConnectedHint);

    private final transient KioskTokenService kiosks;
    private final transient NoteOfTheDay noteOfTheDay;
    private final transient List<Spotlight> spotlights;
    private final transient CompanyCalendar calendar;

    private String secret = "";
    private @Nullable KioskScreen screen;
    private @Nullable ScreenNote featured;
    private List<Slide> slides = List.of();
    private int index;
    private Instant checkedAt = Instant.EPOCH;
    private Instant shownAt = Instant.EPOCH;
    private @Nullable Registration poll;

    KioskView(KioskTokenService kiosks, NoteOfTheDay noteOfTheDay, Broadcaster broadcaster, List<Spotlight> spotlights,
              CompanyCalendar calendar) {
        this.kiosks = kiosks;
        this.noteOfTheDay = noteOfTheDay;
        this.spotlights = spotlights;
        this.calendar = calendar;
        addClassName("kiosk");
        brand.addClassName("kiosk-brand");
        featuredLabel.addClassName("kiosk-label");
        quote.addClassName("kiosk-quote");
        by.addClassName("kiosk-by");
        stage.addClassName("kiosk-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        momentLabel.addClassName("kiosk-moment-label");
        momentPeople.addClassName("kiosk-moment-people");
        momentText.addClassName("kiosk-moment-text");
        momentBy.addClassName("kiosk-moment-by");
        for (var words : List.of(momentLabel, momentPeople, momentText, momentBy)) {
            words.getElement().setAttribute("dir", "auto");
        }
        moment.addClassName("kiosk-moment");
        moment.getElement().setAttribute("aria-live", "polite");
        moment.setVisible(false);
        today.addClassName("kiosk-today");
        todayLabel.addClassName("kiosk-today-label");
        todayQuote.addClassName("kiosk-today-quote");
        off.addClassName("kiosk-off");
        var header = new Div(brand);
        header.addClassName("kiosk-header");
        add(header, stage, moment, today, off);
        broadcaster.subscribeWhileAttached(this, FeedbackApproved.class, this::approved);
        broadcaster.subscribeWhileAttached(this, NoteFeatured.class, e -> featuredChanged());
        Moments.whenChanged(this, broadcaster, spotlights, this::momentsChanged);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("token").orElse("");
        event.getLocation().getQueryParameters().getSingleParameter("lang").ifPresent(code -> {
            Language language = Language.ofCode(code);
            UI ui = event.getUI();
            ui.setLocale(language.locale());
            ui.setDirection(language.direction());
            ui.getElement().setAttribute("lang", language.code());
            ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0);"
                    + "document.documentElement.setAttribute('dir', $1)", language.code(), language.direction().getClientName());
        });
        brand.setText(getTranslation("kiosk.screen.title"));
        featuredLabel.setText(getTranslation("kiosk.screen.note-of-the-day"));
        todayLabel.setText(getTranslation("kiosk.screen.note-of-the-day"));
        notConnected.setText(getTranslation("kiosk.screen.not-connected"));
        notConnectedHint.setText(getTranslation("kiosk.screen.not-connected.hint"));
        screen = kiosks.resolve(secret).orElse(null);
        checkedAt = Instant.now();
        if (screen == null) {
            disconnect();
        } else {
            reload();
            show(0, Instant.now());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (screen != null) {
            ui.setPollInterval(TICK_MS);
            poll = ui.addPollListener(e -> tick(Instant.now()));
        }
        ui.getPage().executeJs(RECONNECT);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopTimer(detach.getUI());
    }

    /** One beat of the screen's timer: re-check the token now and then, and move to the next note when it is time. */
    void tick(Instant now) {
        if (screen == null) {
            return;
        }
        if (!now.isBefore(checkedAt.plus(RECHECK))) {
            checkedAt = now;
            Optional<KioskScreen> still = kiosks.resolve(secret);
            if (still.isEmpty()) {
                disconnect();
                return;
            }
            screen = still.get();
        }
        if (!now.isBefore(shownAt.plusSeconds(screen.rotationSeconds()))) {
            if (index + 1 >= slides.size()) {
                reload(); // a fresh round: the day may have changed, and notes may have been archived
                show(0, now);
            } else {
                show(index + 1, now);
            }
        }
    }

    /** A note was approved: if this screen shows its departments, it goes on the screen at once. */
    void approved(FeedbackApproved event) {
        KioskScreen s = screen;
        if (s == null || (!s.departments().isEmpty() && Collections.disjoint(s.departments(), event.creditedDepartments()))) {
            return;
        }
        reload();
        show(indexOf(event.noteId()).orElse(index), Instant.now());
    }

    /**
     * The moments may have changed: a new one goes on the screen at once; otherwise the screen keeps
     * what it shows, or moves on when that is gone.
     */
    void momentsChanged() {
        if (screen == null) {
            return;
        }
        Set<String> before = new HashSet<>(momentKeys(slides));
        @Nullable Slide current = slides.isEmpty() ? null : slides.get(index);
        reload();
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i) instanceof MomentSlide m && !before.contains(m.item().key())) {
                show(i, Instant.now());
                return;
            }
        }
        int still = current == null ? -1 : slides.indexOf(current);
        if (still >= 0) {
            index = still; // the same slide, at its place in the new round, for the rest of its time
        } else {
            show(index, Instant.now());
        }
    }

    /** A new note of the day: show it now. */
    void featuredChanged() {
        if (screen == null) {
            return;
        }
        reload();
        show(0, Instant.now());
    }

    private void reload() {
        KioskScreen s = screen;
        if (s == null) {
            return;
        }
        featured = noteOfTheDay.today().orElse(null);
        List<ScreenNote> notes = new ArrayList<>();
        if (featured != null) {
            notes.add(featured);
        }
        for (ScreenNote n : noteOfTheDay.forScreen(s.departments(), NOTES)) {
            if (featured == null || n.id() != featured.id()) {
                notes.add(n);
            }
        }
        slides = round(notes, Moments.recent(spotlights, getLocale(), MOMENTS));
    }

    /**
     * One round of the screen: the notes in their order with a moment after every
     * {@value #MOMENT_EVERY}, as long as there are moments (a round of fewer notes has none); a
     * screen without notes shows its moments alone.
     */
    static List<Slide> round(List<ScreenNote> notes, List<Spotlight.Item> moments) {
        List<Slide> list = new ArrayList<>();
        if (notes.isEmpty()) {
            moments.forEach(m -> list.add(new MomentSlide(m)));
            return List.copyOf(list);
        }
        var next = moments.iterator();
        for (int i = 0; i < notes.size(); i++) {
            list.add(new NoteSlide(notes.get(i)));
            if ((i + 1) % MOMENT_EVERY == 0 && next.hasNext()) {
                list.add(new MomentSlide(next.next()));
            }
        }
        return List.copyOf(list);
    }

    private static List<String> momentKeys(List<Slide> slides) {
        return slides.stream().filter(MomentSlide.class::isInstance).map(m -> ((MomentSlide) m).item().key()).toList();
    }

    private Optional<Integer> indexOf(long noteId) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i) instanceof NoteSlide n && n.note().id() == noteId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void show(int i, Instant now) {
        shownAt = now;
        off.setVisible(false);
        stage.setVisible(true);
        moment.setVisible(false);
        if (slides.isEmpty()) {
            index = 0;
            featuredLabel.setVisible(false);
            quote.setText(getTranslation("kiosk.screen.empty"));
            quote.setClassName("kiosk-quote kiosk-quote-empty");
            by.setText("");
            today.setVisible(false);
            return;
        }
        index = Math.floorMod(i, slides.size());
        // the note of the day stays on screen, small, while the others take their turn
        todayQuote.setText(featured == null ? "" : featured.quote());
        if (slides.get(index) instanceof MomentSlide m) {
            showMoment(m.item());
            return;
        }
        ScreenNote note = ((NoteSlide) slides.get(index)).note();
        boolean isFeatured = featured != null && note.id() == featured.id();
        featuredLabel.setVisible(isFeatured);
        quote.setText(note.quote());
        quote.setClassName("kiosk-quote " + size(note.quote()));
        by.setText("— " + attribution(note));
        today.setVisible(featured != null && !isFeatured);
    }

    /** A moment in the spotlight, in its own celebration's style instead of a customer's note. */
    private void showMoment(Spotlight.Item item) {
        stage.setVisible(false);
        moment.setVisible(true);
        momentLabel.setText(item.label());
        momentLabel.setVisible(!item.label().isBlank());
        momentPeople.setText(item.people());
        momentPeople.setVisible(!item.people().isBlank());
        momentText.setText(item.text());
        momentText.setClassName("kiosk-moment-text " + size(item.text()).replace("kiosk-quote-", "kiosk-moment-text-"));
        momentText.setVisible(!item.text().isBlank());
        String when = Dates.date(item.at().atZone(calendar.zone()).toLocalDate(), getLocale());
        momentBy.setText(item.byline().isBlank() ? when : Bidi.isolate(item.byline()) + " · " + when);
        today.setVisible(featured != null);
    }

    private void disconnect() {
        screen = null;
        slides = List.of();
        featured = null;
        stage.setVisible(false);
        moment.setVisible(false);
        today.setVisible(false);
        brand.setVisible(false);
        off.setVisible(true);
        getUI().ifPresent(this::stopTimer);
    }

    private void stopTimer(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        ui.setPollInterval(-1);
    }

    private String attribution(ScreenNote n) {
        String who = n.customerName() == null ? getTranslation("kiosk.anonymous") : n.customerName();
        return n.company() == null ? Bidi.isolate(who) : Bidi.isolate(who) + ", " + Bidi.isolate(n.company());
    }

    private static String size(String text) {
        int length = text.codePointCount(0, text.length());
        return length > 400 ? "kiosk-quote-xl" : length > 220 ? "kiosk-quote-l" : length > 120 ? "kiosk-quote-m" : "kiosk-quote-s";
    }

    /** One turn on the screen: a customer's note, or a moment another feature celebrates. */
    sealed interface Slide permits NoteSlide, MomentSlide {
    }

    record NoteSlide(ScreenNote note) implements Slide {
    }

    record MomentSlide(Spotlight.Item item) implements Slide {
    }

    /** What the screen shows now, for tests. */
    boolean connected() {
        return screen != null;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("kiosk.screen.title"));
    }

    /**
     * Reconnects by itself. Push recovers from a short network drop on its own; when the connection
     * stays lost (or the server restarted and the session is gone), it asks for this page every five
     * seconds and reloads it as soon as the server answers.
     */
    static final String RECONNECT = """
            if (!window.__bravoKiosk) {
              window.__bravoKiosk = true;
              const url = window.location.href;
              let timer = null;
              const probe = () => fetch(url, {cache: 'no-store', credentials: 'same-origin'})
                  .then(r => { if (r.ok) { window.location.reload(); } else { timer = setTimeout(probe, 5000); } })
                  .catch(() => { timer = setTimeout(probe, 5000); });
              const start = () => { if (!timer) { timer = setTimeout(probe, 10000); } };
              const stop = () => { if (timer) { clearTimeout(timer); timer = null; } };
              const state = window.Vaadin && window.Vaadin.connectionState;
              if (state && state.addStateChangeListener) {
                state.addStateChangeListener((previous, next) => {
                  if (next === 'connected') { stop(); } else if (next === 'reconnecting' || next === 'connection-lost') { start(); }
                });
              }
              window.addEventListener('offline', start);
              window.addEventListener('online', () => { stop(); timer = setTimeout(probe, 2000); });
            }
            """;
}
