package app.bravo.wall.ui;

import app.bravo.people.PeopleService;
import app.bravo.shared.ui.PageTitles;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteView;
import app.bravo.wall.WallCursor;
import app.bravo.wall.PendingNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The moderation queue: pending notes newest first, a page at a time, each with the personal data
 * found in it marked and a redaction proposed beside it; approve (the text in the box: the proposal,
 * the moderator's edit, or the quote unchanged when nothing was found), edit, reject with a reason,
 * archive. A second tab lists recently published notes, which may still be edited or archived.
 * Every action is audited by the service; the view only shows its outcome.
 */
@Route("wall/moderation")
@Menu(title = "nav.moderation", icon = "vaadin:check-square-o", order = 11)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@StyleSheet("styles/moderation.css")
public class ModerationView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    final Tab pendingTab = new Tab();
    final Tab publishedTab = new Tab();
    final Tabs tabs = new Tabs(pendingTab, publishedTab);
    final Section pendingSection = new Section();
    final Div queue = new Div();
    final Paragraph emptyQueue = new Paragraph();
    final Button moreQueue = new Button();
    final Button reload = new Button();
    final Section publishedSection = new Section();
    final Div published = new Div();
    final Paragraph emptyPublished = new Paragraph();
    final Button morePublished = new Button();
    final RejectDialog rejectDialog;
    final NoteEditor editor;
    /** The cards on screen by note id, in the order shown. */
    final Map<Long, PendingCard> pendingCards = new LinkedHashMap<>();
    final Map<Long, PublishedCard> publishedCards = new LinkedHashMap<>();
    /** Where the next page of published notes starts (keyset), null before the first. */
    private @Nullable WallCursor publishedNext;

    private final transient FeedbackService feedback;
    private ZoneId zone = ZoneId.of("UTC");

    ModerationView(FeedbackService feedback, PeopleService people) {
        this.feedback = feedback;
        addClassNames("view", "moderation-view");
        rejectDialog = new RejectDialog(this::reject);
        editor = new NoteEditor(feedback::edit, people, this::edited);

        pendingTab.setLabel(getTranslation("moderation.tab.pending"));
        publishedTab.setLabel(getTranslation("moderation.tab.published"));
        tabs.addClassName("moderation-tabs");
        tabs.addSelectedChangeListener(e -> showTab());

        queue.addClassName("moderation-list");
        queue.getElement().setAttribute("aria-live", "polite");
        emptyQueue.setText(getTranslation("moderation.empty"));
        emptyQueue.addClassName("moderation-empty");
        moreQueue.setText(getTranslation("moderation.more"));
        moreQueue.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        moreQueue.addClickListener(e -> loadPending());
        reload.setText(getTranslation("moderation.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.addClickListener(e -> reloadPending());
        var toolbar = new Div(new Paragraph(getTranslation("moderation.intro")), reload);
        toolbar.addClassName("moderation-toolbar");
        pendingSection.add(toolbar, emptyQueue, queue, moreQueue);
        pendingSection.addClassName("moderation-section");

        published.addClassName("moderation-list");
        emptyPublished.setText(getTranslation("moderation.published.empty"));
        emptyPublished.addClassName("moderation-empty");
        morePublished.setText(getTranslation("moderation.more"));
        morePublished.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        morePublished.addClickListener(e -> loadPublished());
        publishedSection.add(new Paragraph(getTranslation("moderation.published.intro")), emptyPublished, published, morePublished);
        publishedSection.addClassName("moderation-section");
        publishedSection.setVisible(false);

        add(tabs, pendingSection, publishedSection, rejectDialog, editor);
        addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(d -> {
            try {
                zone = ZoneId.of(d.getTimeZoneId());
            } catch (RuntimeException unknown) {
                zone = ZoneId.of("UTC");
            }
        }));
        reloadPending();
    }

    /** The card of a pending note on screen, if it is. */
    Optional<PendingCard> pendingCard(long id) {
        return Optional.ofNullable(pendingCards.get(id));
    }

    Optional<PublishedCard> publishedCard(long id) {
        return Optional.ofNullable(publishedCards.get(id));
    }

    private void showTab() {
        boolean pendingSelected = tabs.getSelectedTab() == pendingTab;
        pendingSection.setVisible(pendingSelected);
        publishedSection.setVisible(!pendingSelected);
        if (pendingSelected) {
            reloadPending();
        } else {
            reloadPublished();
        }
    }

    // ---- the queue ----

    void reloadPending() {
        queue.removeAll();
        pendingCards.clear();
        loadPending();
    }

    /** The next page after the cards on screen (moderated cards have left the queue, so the offset is what is left). */
    private void loadPending() {
        var slice = feedback.pending(new Window(pendingCards.size(), PAGE_SIZE));
        for (PendingNote p : slice.getContent()) {
            if (!pendingCards.containsKey(p.note().id())) {
                var card = pendingCard(p);
                pendingCards.put(p.note().id(), card);
                queue.add(card);
            }
        }
        moreQueue.setVisible(slice.hasNext());
        updateQueueState();
    }

    private PendingCard pendingCard(PendingNote p) {
        var card = new PendingCard(p);
        long id = p.note().id();
        card.approve.addClickListener(e -> act(() -> feedback.approve(id, card.textToPublish()), id, "moderation.done.approved"));
        card.approveUnchanged.addClickListener(e -> act(() -> feedback.approve(id, null), id, "moderation.done.approved-unchanged"));
        card.reject.addClickListener(e -> rejectDialog.open(id));
        card.archive.addClickListener(e -> act(() -> feedback.archive(id), id, "moderation.done.archived"));
        card.edit.addClickListener(e -> feedback.find(id).ifPresentOrElse(editor::edit, () -> gone(id)));
        return card;
    }

    private boolean reject(long id, String reason) {
        return act(() -> feedback.reject(id, reason), id, "moderation.done.rejected");
    }

    /** Runs a moderation action; on success the note leaves the lists with a notification. */
    private boolean act(Runnable action, long id, String doneKey) {
        try {
            action.run();
        } catch (UserError e) {
            NoteParts.failure(NoteParts.message(this, e));
            return false;
        }
        removeCard(id);
        NoteParts.success(getTranslation(doneKey));
        return true;
    }

    private void removeCard(long id) {
        PendingCard card = pendingCards.remove(id);
        if (card != null) {
            queue.remove(card);
        }
        PublishedCard pub = publishedCards.remove(id);
        if (pub != null) {
            published.remove(pub);
        }
        updateQueueState();
        emptyPublished.setVisible(publishedCards.isEmpty());
    }

    private void gone(long id) {
        removeCard(id);
        NoteParts.failure(getTranslation("wall.error.not-found"));
    }

    private void edited(long id) {
        NoteParts.success(getTranslation("moderation.done.edited"));
        if (pendingCards.containsKey(id)) {
            reloadPending();
        }
        if (publishedCards.containsKey(id)) {
            reloadPublished();
        }
    }

    private void updateQueueState() {
        boolean empty = pendingCards.isEmpty();
        emptyQueue.setVisible(empty && !moreQueue.isVisible());
        if (empty && moreQueue.isVisible()) {
            loadPending();
        }
        pendingTab.setLabel(empty && !moreQueue.isVisible() ? getTranslation("moderation.tab.pending")
                : getTranslation("moderation.tab.pending.count", pendingCards.size(), moreQueue.isVisible() ? "+" : ""));
    }

    // ---- recently published ----

    void reloadPublished() {
        published.removeAll();
        publishedCards.clear();
        publishedNext = null;
        loadPublished();
    }

    private void loadPublished() {
        var slice = feedback.published(publishedNext, PAGE_SIZE);
        publishedNext = slice.next();
        for (NoteView n : slice.items()) {
            if (!publishedCards.containsKey(n.id())) {
                var card = new PublishedCard(n, zone);
                long id = n.id();
                card.archive.addClickListener(e -> act(() -> feedback.archive(id), id, "moderation.done.archived"));
                card.edit.addClickListener(e -> feedback.find(id).ifPresentOrElse(editor::edit, () -> gone(id)));
                publishedCards.put(id, card);
                published.add(card);
            }
        }
        morePublished.setVisible(slice.hasNext());
        emptyPublished.setVisible(publishedCards.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.moderation"));
    }
}
