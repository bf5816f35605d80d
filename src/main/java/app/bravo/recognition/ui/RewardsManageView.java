package app.bravo.recognition.ui;

import app.bravo.recognition.PointsLiability;
import app.bravo.recognition.QueuedRedemption;
import app.bravo.recognition.RewardDetails;
import app.bravo.recognition.RewardService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.DateField;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /rewards/manage}, for HR (and administrators): the redemptions waiting for a decision,
 * oldest first (fulfil, or decline with a reason: the points come back), those of people who have
 * left marked as such; the catalog editor with pictures; the CSV export of a period; and the
 * points liability, what people hold and its worth at HR's rate.
 */
@Route("rewards/manage")
@Menu(title = "nav.rewards.manage", icon = "vaadin:gift", order = 27)
@RolesAllowed({Roles.HR, Roles.ADMIN})
@StyleSheet("styles/rewards.css")
public class RewardsManageView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    final Span liabilityPoints = new Span();
    final Span liabilityWorth = new Span();
    final Tab queueTab = new Tab();
    final Tab catalogTab = new Tab();
    final Tab exportTab = new Tab();
    final Tabs tabs = new Tabs(queueTab, catalogTab, exportTab);
    final Div queue = new Div();
    final Paragraph queueEmpty = new Paragraph();
    final Button moreQueue = new Button();
    /** The queue's cards by redemption id, oldest first. */
    final Map<Long, QueueCard> queueCards = new LinkedHashMap<>();
    final DeclineDialog declineDialog;
    final Button create = new Button();
    final Grid<RewardDetails> grid = new Grid<>();
    final RewardEditor editor;
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Anchor export;
    final Span exportError = new Span();

    private final transient RewardService rewards;
    private @Nullable Long lastQueued;

    RewardsManageView(RewardService rewards) {
        this.rewards = rewards;
        addClassNames("view", "rewards-view", "rewards-manage-view");
        editor = new RewardEditor(rewards, this::reloadCatalog);
        declineDialog = new DeclineDialog(this::decline);

        var back = new RouterLink(getTranslation("rewards.manage.back"), RewardsView.class);
        var intro = new Paragraph(getTranslation("rewards.manage.intro"));
        intro.addClassName("secondary");
        liabilityPoints.addClassName("rewards-balance-number");
        liabilityWorth.addClassName("rewards-worth");
        var liabilityLabel = new Span(getTranslation("rewards.liability.label"));
        liabilityLabel.addClassName("rewards-balance-label");
        var liability = new Div(liabilityLabel, liabilityPoints, liabilityWorth);
        liability.addClassName("rewards-balance");
        liability.getElement().setAttribute("title", getTranslation("rewards.liability.help"));
        var header = new Div(new Div(new H2(getTranslation("nav.rewards.manage")), intro, back), liability);
        header.addClassName("rewards-header");

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = exportCsv();
            return new DownloadResponse(new ByteArrayInputStream(csv), exportName(), "text/csv; charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("rewards.export.download"));

        queueTab.setLabel(getTranslation("rewards.tab.queue"));
        catalogTab.setLabel(getTranslation("rewards.tab.catalog"));
        exportTab.setLabel(getTranslation("rewards.tab.export"));
        var panels = Map.of(queueTab, queuePanel(), catalogTab, catalogPanel(), exportTab, exportPanel());
        tabs.addClassName("rewards-tabs");
        tabs.addSelectedChangeListener(e -> panels.forEach((tab, panel) -> panel.setVisible(tab == tabs.getSelectedTab())));
        panels.forEach((tab, panel) -> panel.setVisible(tab == queueTab));
        add(header, tabs, panels.get(queueTab), panels.get(catalogTab), panels.get(exportTab), editor, declineDialog);
        reloadLiability();
        reloadQueue();
        reloadCatalog();
    }

    // ---- the queue ----

    private Component queuePanel() {
        queue.addClassName("rewards-list");
        queueEmpty.setText(getTranslation("rewards.queue.empty"));
        queueEmpty.addClassName("rewards-empty");
        moreQueue.setText(getTranslation("rewards.more"));
        moreQueue.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        moreQueue.addClickListener(e -> loadQueue());
        var help = new Paragraph(getTranslation("rewards.queue.help"));
        help.addClassName("secondary");
        var s = new Section(help, queueEmpty, queue, moreQueue);
        s.addClassName("rewards-section");
        return s;
    }

    private void reloadQueue() {
        queue.removeAll();
        queueCards.clear();
        lastQueued = null;
        loadQueue();
    }

    private void loadQueue() {
        var page = rewards.pendingRedemptions(lastQueued, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        var shown = more ? page.subList(0, PAGE_SIZE) : page;
        shown.forEach(q -> {
            var card = queueCard(q);
            queueCards.put(q.id(), card);
            queue.add(card);
        });
        if (!shown.isEmpty()) {
            lastQueued = shown.getLast().id();
        }
        moreQueue.setVisible(more);
        queueEmpty.setVisible(queueCards.isEmpty());
    }

    private QueueCard queueCard(QueuedRedemption q) {
        return new QueueCard(q);
    }

    /** A redemption waiting for HR, with its two decisions. */
    final class QueueCard extends Article {
        final Button approve = new Button();
        final Button decline = new Button();

        QueueCard(QueuedRedemption q) {
            String rewardName = language() == Language.PERSIAN ? q.rewardNameFa() : q.rewardNameEn();
            var reward = new Span(rewardName);
            reward.addClassNames("reward-line-name", "user-text");
            reward.getElement().setAttribute("dir", "auto");
            var cost = new Span(getTranslation("rewards.cost", q.cost()));
            cost.addClassName("reward-cost");
            var person = new Span(q.personName());
            person.addClassNames("user-text", "rewards-person");
            person.getElement().setAttribute("dir", "auto");
            var email = new Span(q.email());
            email.addClassName("secondary");
            email.getElement().setAttribute("dir", "ltr");
            var who = new Div(person, email);
            who.addClassName("rewards-who");
            if (q.personLeft()) {
                var left = new Span(getTranslation("rewards.queue.left"));
                left.getElement().getThemeList().add("badge contrast");
                left.addClassName("rewards-left");
                who.add(left);
            }
            var when = new Span(getTranslation("rewards.mine.redeemed-at",
                    Dates.dateTime(q.redeemedAt(), getLocale(), UserSettings.zone())));
            when.addClassName("secondary");

            approve.setText(getTranslation("rewards.approve"));
            approve.setIcon(VaadinIcon.CHECK.create());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(e -> approve(q, rewardName));
            decline.setText(getTranslation("rewards.decline"));
            decline.setIcon(VaadinIcon.CLOSE_SMALL.create());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClickListener(e -> declineDialog.open(q.id(), rewardName));
            var actions = new Div(approve, decline);
            actions.addClassName("rewards-actions");

            add(new Div(reward, cost), who, when, actions);
            addClassNames("reward-line", "reward-line-pending");
            if (q.personLeft()) {
                addClassName("reward-line-left");
            }
        }
    }

    private void approve(QueuedRedemption q, String rewardName) {
        try {
            rewards.approve(q.id());
            notify(getTranslation("rewards.approved", rewardName, q.personName()), true);
        } catch (UserError e) {
            notify(getTranslation(e.key(), e.args()), false);
        }
        reloadQueue();
    }

    /** Declines; answers the refusal's message, or null when declined. */
    private @Nullable String decline(long id, String reason) {
        try {
            rewards.decline(id, reason);
        } catch (UserError e) {
            if (e.key().startsWith("rewards.error.reason")) {
                return getTranslation(e.key(), e.args());
            }
            notify(getTranslation(e.key(), e.args()), false);
            reloadQueue();
            return null;
        }
        notify(getTranslation("rewards.declined"), true);
        reloadQueue();
        reloadLiability();
        reloadCatalog();
        return null;
    }

    // ---- the catalog ----

    private Component catalogPanel() {
        create.setText(getTranslation("rewards.editor.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> editor.openNew());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("rewards.column.reward")).setFlexGrow(1);
        grid.addColumn(r -> Numbers.format(r.cost(), getLocale())).setHeader(getTranslation("rewards.column.cost"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(r -> r.stock() == null ? getTranslation("rewards.stock.unlimited-short") : Numbers.format(r.stock(), getLocale()))
                .setHeader(getTranslation("rewards.column.stock")).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("7rem");
        grid.addComponentColumn(r -> {
            var b = new Span(getTranslation(r.active() ? "rewards.offered" : "rewards.not-offered"));
            b.getElement().getThemeList().add(r.active() ? "badge success" : "badge contrast");
            return b;
        }).setHeader(getTranslation("rewards.column.status")).setFlexGrow(0).setWidth("9rem");
        grid.addItemClickListener(e -> editor.edit(e.getItem()));
        grid.setEmptyStateText(getTranslation("rewards.catalog.empty-hr"));
        grid.setAriaLabel(getTranslation("rewards.tab.catalog"));
        grid.setAllRowsVisible(true);
        var s = new Section(create, grid);
        s.addClassName("rewards-section");
        return s;
    }

    private Div nameCell(RewardDetails r) {
        var en = new Span(r.nameEn());
        en.addClassNames("user-text", "rewards-name");
        en.getElement().setAttribute("dir", "auto");
        var fa = new Span(r.nameFa());
        fa.addClassNames("user-text", "secondary");
        fa.getElement().setAttribute("dir", "auto");
        var cell = new Div(en, fa);
        cell.addClassName("rewards-name-cell");
        return cell;
    }

    private void reloadCatalog() {
        grid.setItems(rewards.rewards());
    }

    // ---- export and liability ----

    private Component exportPanel() {
        LocalDate today = LocalDate.now(UserSettings.zone());
        from.setLabel(getTranslation("rewards.export.from"));
        to.setLabel(getTranslation("rewards.export.to"));
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        from.addValueChangeListener(e -> checkPeriod());
        to.addValueChangeListener(e -> checkPeriod());
        export.addClassName("rewards-export");
        export.getElement().setAttribute("download", true);
        exportError.addClassName("rewards-error");
        exportError.getElement().setAttribute("role", "alert");
        exportError.setVisible(false);
        var help = new Paragraph(getTranslation("rewards.export.help"));
        help.addClassName("secondary");
        var fields = new Div(from, to);
        fields.addClassName("rewards-period");
        var s = new Section(help, fields, export, exportError);
        s.addClassName("rewards-section");
        return s;
    }

    private void checkPeriod() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        String problem = f == null || t == null ? getTranslation("rewards.export.dates-required")
                : t.isBefore(f) ? getTranslation("rewards.error.export-period") : null;
        exportError.setText(problem == null ? "" : problem);
        exportError.setVisible(problem != null);
        export.setEnabled(problem == null);
    }

    /** The CSV of the chosen period; an empty period or one turned round gives only the header. */
    byte[] exportCsv() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f == null || t == null || t.isBefore(f)) {
            f = t = LocalDate.now(UserSettings.zone());
        }
        return rewards.exportRedemptions(f, t, getLocale());
    }

    private String exportName() {
        return "redemptions-" + from.getValue() + "-" + to.getValue() + ".csv";
    }

    private void reloadLiability() {
        PointsLiability l = rewards.liability();
        liabilityPoints.setText(getTranslation("rewards.liability.points", Numbers.format(l.points(), getLocale())));
        liabilityWorth.setText(getTranslation("rewards.liability.worth", Numbers.money(l.worth(), l.currency(), getLocale()),
                Numbers.unitPrice(l.pointValue(), l.currency(), getLocale())));
    }

    private void notify(String message, boolean ok) {
        var n = Notification.show(message, ok ? 4000 : 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    private Language language() {
        return Language.of(getLocale());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.rewards.manage"));
    }
}
