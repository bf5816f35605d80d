package app.bravo.pulse.ui;

import app.bravo.people.ui.ProfileView;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionProgress;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;

/** One action plan as everyone reads it, with "Edit" and "Update status" for those who may change it. */
class ActionCard extends Div {

    final ActionPlan action;
    final H3 title = new H3();
    final Span status = new Span();
    final Paragraph round = new Paragraph();
    final Paragraph question = new Paragraph();
    final Paragraph body = new Paragraph();
    final Anchor owner = new Anchor();
    final Span due = new Span();
    final OrderedList timeline = new OrderedList();
    final Button edit = new Button();
    final Button updateStatus = new Button();

    ActionCard(ActionPlan a, boolean persian, Consumer<ActionPlan> onEdit, Consumer<ActionPlan> onStatus) {
        this.action = a;
        addClassNames("card", "pulse-action-card");
        title.setText(a.title());
        userText(title);
        status.setText(getTranslation("pulseactions.status." + a.status().name()));
        status.addClassNames("pulse-badge", "pulse-action-status-" + a.status().name().toLowerCase(Locale.ROOT));
        Div top = new Div(title, status);
        top.addClassName("pulse-action-top");
        round.setText(getTranslation("pulseactions.card.round", Bidi.isolate(a.round().name(persian)),
                Dates.date(a.round().closeDate(), getLocale())));
        round.addClassName("pulse-action-round");
        String q = a.question(persian);
        question.setText(q == null ? "" : getTranslation("pulseactions.card.question", Bidi.isolate(q)));
        question.setVisible(q != null);
        question.addClassName("pulse-action-question");
        body.setText(a.body());
        body.setVisible(!a.body().isEmpty());
        body.addClassName("pulse-action-body");
        userText(body);
        var avatar = new Avatar(a.ownerName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(a.ownerName());
        userText(name);
        owner.setHref(ProfileView.path(a.ownerId()));
        owner.add(avatar, name);
        owner.addClassName("pulse-action-owner");
        due.setText(a.dueDate() == null ? getTranslation("pulseactions.card.no-due")
                : getTranslation("pulseactions.card.due", Dates.date(a.dueDate(), getLocale())));
        Div facts = new Div(new Span(getTranslation("pulseactions.card.owner")), owner, due);
        facts.addClassName("pulse-action-facts");
        timeline.addClassName("pulse-action-timeline");
        timeline.getElement().setAttribute("aria-label", getTranslation("pulseactions.card.timeline"));
        for (ActionProgress p : a.progress()) {
            timeline.add(step(p));
        }
        add(top, round, question, body, facts, timeline);
        if (a.editable()) {
            edit.setText(getTranslation("pulseactions.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClickListener(e -> onEdit.accept(a));
            updateStatus.setText(getTranslation("pulseactions.update-status"));
            updateStatus.addClickListener(e -> onStatus.accept(a));
            Div buttons = new Div(updateStatus, edit);
            buttons.addClassName("pulse-action-buttons");
            add(buttons);
        }
    }

    private ListItem step(ActionProgress p) {
        var when = Dates.date(p.at().atZone(UserSettings.zone()).toLocalDate(), getLocale());
        var head = new Span(getTranslation("pulseactions.card.step", getTranslation("pulseactions.status." + p.status().name()),
                when, Bidi.isolate(p.byName())));
        head.addClassName("pulse-action-step-head");
        ListItem item = new ListItem(head);
        item.addClassName("pulse-action-step");
        if (p.note() != null) {
            var note = new Paragraph(p.note());
            userText(note);
            item.add(note);
        }
        return item;
    }

    private static void userText(com.vaadin.flow.component.HasElement c) {
        c.getElement().getClassList().add("user-text");
        c.getElement().setAttribute("dir", "auto");
    }
}
