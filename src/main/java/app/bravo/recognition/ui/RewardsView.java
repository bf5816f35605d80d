package app.bravo.recognition.ui;

import app.bravo.recognition.CatalogReward;
import app.bravo.recognition.MyBalance;
import app.bravo.recognition.MyRedemption;
import app.bravo.recognition.PointMovement;
import app.bravo.recognition.PointsPage;
import app.bravo.recognition.RedemptionStatus;
import app.bravo.recognition.RewardService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /rewards}, for every person: what they can spend (their received points), the catalog as
 * cards (redeem with a confirmation; a card says why it cannot be redeemed), their redemptions with
 * HR's decision and reason, and their whole points history a page at a time. HR finds the catalog
 * editor and the queue at {@code /rewards/manage}.
 */
@Route("rewards")
@Menu(title = "nav.rewards", icon = "vaadin:gift", order = 25)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/rewards.css")
public class RewardsView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    final Span balance = new Span();
    final RouterLink manage = new RouterLink();
    final Div catalog = new Div();
    final Paragraph catalogEmpty = new Paragraph();
    /** The catalog's cards by reward id, in the catalog's order. */
    final Map<Long, RewardCard> cards = new LinkedHashMap<>();
    final ConfirmDialog confirm = new ConfirmDialog();
    final Div redemptions = new Div();
    final Paragraph redemptionsEmpty = new Paragraph();
    final Button moreRedemptions = new Button();
    final Map<Long, Article> redemptionCards = new LinkedHashMap<>();
    final Div history = new Div();
    final Paragraph historyEmpty = new Paragraph();
    final Button moreHistory = new Button();

    private final transient RewardService rewards;
    private long points;
    private @Nullable Long nextHistory;
    private @Nullable Long nextRedemption;
    private @Nullable CatalogReward confirming;

    RewardsView(RewardService rewards, CurrentUser currentUser) {
        this.rewards = rewards;
        addClassNames("view", "rewards-view");

        var title = new H2(getTranslation("rewards.title"));
        balance.addClassName("rewards-balance-number");
        var balanceLabel = new Span(getTranslation("rewards.balance.label"));
        balanceLabel.addClassName("rewards-balance-label");
        var balanceBox = new Div(balanceLabel, balance);
        balanceBox.addClassName("rewards-balance");
        balanceBox.getElement().setAttribute("role", "status");
        var help = new Paragraph(getTranslation("rewards.balance.help"));
        help.addClassName("secondary");
        manage.setText(getTranslation("rewards.manage.link"));
        manage.setRoute(RewardsManageView.class);
        manage.setVisible(currentUser.get().map(u -> u.has(Role.HR) || u.has(Role.ADMIN)).orElse(false));
        var header = new Div(new Div(title, help, manage), balanceBox);
        header.addClassName("rewards-header");

        catalog.addClassName("rewards-catalog");
        catalogEmpty.setText(getTranslation("rewards.catalog.empty"));
        catalogEmpty.addClassName("rewards-empty");
        var catalogSection = section("rewards.catalog.title", catalogEmpty, catalog);

        redemptions.addClassName("rewards-list");
        redemptionsEmpty.setText(getTranslation("rewards.mine.empty"));
        redemptionsEmpty.addClassName("rewards-empty");
        moreRedemptions.setText(getTranslation("rewards.more"));
        moreRedemptions.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        moreRedemptions.addClickListener(e -> loadRedemptions());
        var redemptionSection = section("rewards.mine.title", redemptionsEmpty, redemptions, moreRedemptions);

        history.addClassName("rewards-history");
        historyEmpty.setText(getTranslation("rewards.history.empty"));
        historyEmpty.addClassName("rewards-empty");
        moreHistory.setText(getTranslation("rewards.more"));
        moreHistory.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        moreHistory.addClickListener(e -> loadHistory());
        var historySection = section("rewards.history.title", historyEmpty, history, moreHistory);

        confirm.setHeader(getTranslation("rewards.redeem.confirm.title"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("rewards.cancel"));
        confirm.setConfirmText(getTranslation("rewards.redeem"));
        confirm.addConfirmListener(e -> redeemConfirmed());

        add(header, catalogSection, redemptionSection, historySection, confirm);
        refresh();
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        var s = new Section(new H3(getTranslation(titleKey)));
        s.add(content);
        s.addClassName("rewards-section");
        return s;
    }

    /** Reads everything afresh: after a redemption the balance, the stock and the lists all change. */
    private void refresh() {
        MyBalance mine = rewards.myPoints(language());
        points = mine.balance();
        balance.setText(Numbers.format(points, getLocale()));
        showCatalog();
        history.removeAll();
        showHistory(mine.history());
        redemptions.removeAll();
        redemptionCards.clear();
        nextRedemption = null;
        loadRedemptions();
    }

    // ---- the catalog ----

    private void showCatalog() {
        catalog.removeAll();
        cards.clear();
        for (CatalogReward r : rewards.catalog(language())) {
            var card = new RewardCard(r);
            cards.put(r.id(), card);
            catalog.add(card);
        }
        catalogEmpty.setVisible(cards.isEmpty());
    }

    /** One reward of the catalog as a card; {@code redeem} is disabled with the reason beside it when it cannot be had. */
    final class RewardCard extends Article {
        final Button redeem = new Button();
        final Span why = new Span();
        final Span stock = new Span();

        RewardCard(CatalogReward r) {
            addClassName("reward-card");
            var picture = new Div();
            picture.addClassName("reward-picture");
            if (r.pictureUrl() != null) {
                var img = new Image(r.pictureUrl(), r.name());
                img.getElement().setAttribute("loading", "lazy");
                picture.add(img);
            } else {
                picture.add(VaadinIcon.GIFT.create());
                picture.getElement().setAttribute("aria-hidden", "true");
            }
            var name = new H3(r.name());
            name.addClassNames("reward-name", "user-text");
            name.getElement().setAttribute("dir", "auto");
            var description = new Paragraph(r.description());
            description.addClassNames("reward-description", "user-text");
            description.getElement().setAttribute("dir", "auto");
            description.setVisible(!r.description().isEmpty());
            var cost = new Span(getTranslation("rewards.cost", r.cost()));
            cost.addClassName("reward-cost");
            stock.setText(r.stock() == null ? getTranslation("rewards.stock.unlimited")
                    : getTranslation("rewards.stock.left", r.stock()));
            stock.addClassName("reward-stock");
            var facts = new Div(cost, stock);
            facts.addClassName("reward-facts");

            redeem.setText(getTranslation("rewards.redeem"));
            redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            redeem.addClickListener(e -> ask(r));
            why.addClassName("reward-why");
            String reason = r.outOfStock() ? getTranslation("rewards.why.out-of-stock")
                    : points < r.cost() ? getTranslation("rewards.why.balance", r.cost() - points) : null;
            redeem.setEnabled(reason == null);
            why.setText(reason == null ? "" : reason);
            why.setVisible(reason != null);
            if (reason != null) {
                why.setId("reward-why-" + r.id());
                redeem.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
            }
            var body = new Div(name, description, facts, new Div(redeem, why));
            body.addClassName("reward-body");
            add(picture, body);
        }
    }

    private void ask(CatalogReward r) {
        confirming = r;
        confirm.setText(getTranslation("rewards.redeem.confirm.text", r.name(), r.cost(), points - r.cost()));
        confirm.open();
    }

    private void redeemConfirmed() {
        CatalogReward r = confirming;
        if (r == null) {
            return;
        }
        confirming = null;
        try {
            rewards.redeem(r.id());
            var n = Notification.show(getTranslation("rewards.redeem.done", r.name()), 5000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserError e) {
            var n = Notification.show(getTranslation(e.key(), e.args()), 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    // ---- my redemptions ----

    private void loadRedemptions() {
        var page = rewards.myRedemptions(nextRedemption, PAGE_SIZE + 1, language());
        boolean more = page.size() > PAGE_SIZE;
        var shown = more ? page.subList(0, PAGE_SIZE) : page;
        shown.forEach(r -> {
            var card = redemptionCard(r);
            redemptionCards.put(r.id(), card);
            redemptions.add(card);
        });
        if (!shown.isEmpty()) {
            nextRedemption = shown.getLast().id();
        }
        moreRedemptions.setVisible(more);
        redemptionsEmpty.setVisible(redemptionCards.isEmpty());
    }

    private Article redemptionCard(MyRedemption r) {
        var status = new Span(getTranslation("rewards.status." + r.status().name()));
        status.getElement().getThemeList().add(switch (r.status()) {
            case PENDING -> "badge";
            case FULFILLED -> "badge success";
            case DECLINED -> "badge error";
        });
        var name = new Span(r.rewardName());
        name.addClassNames("reward-line-name", "user-text");
        name.getElement().setAttribute("dir", "auto");
        var cost = new Span(getTranslation("rewards.cost", r.cost()));
        cost.addClassName("reward-cost");
        var when = new Span(getTranslation("rewards.mine.redeemed-at", dateTime(r.redeemedAt())));
        when.addClassName("secondary");
        var card = new Article(new Div(status, name, cost), when);
        card.addClassNames("reward-line", "reward-line-" + r.status().name().toLowerCase(Locale.ROOT));
        if (r.status() != RedemptionStatus.PENDING && r.decidedAt() != null) {
            var decided = new Span(getTranslation("rewards.mine.decided-at." + r.status().name(), dateTime(r.decidedAt())));
            decided.addClassName("secondary");
            card.add(decided);
        }
        if (r.status() == RedemptionStatus.DECLINED && r.reason() != null) {
            var label = new Span(getTranslation("rewards.mine.reason"));
            label.addClassName("rewards-label");
            var reason = new Paragraph(r.reason());
            reason.addClassNames("user-text", "reward-reason");
            reason.getElement().setAttribute("dir", "auto");
            card.add(label, reason);
        }
        return card;
    }

    // ---- my points history ----

    private void loadHistory() {
        if (nextHistory != null) {
            showHistory(rewards.myHistory(nextHistory, PAGE_SIZE, language()));
        }
    }

    private void showHistory(PointsPage page) {
        page.movements().forEach(m -> history.add(movementRow(m)));
        nextHistory = page.next();
        moreHistory.setVisible(nextHistory != null);
        historyEmpty.setVisible(history.getComponentCount() == 0);
    }

    private Div movementRow(PointMovement m) {
        var what = new Span(getTranslation("rewards.movement." + m.kind() + "." + m.account()));
        what.addClassName("movement-kind");
        var amount = new Span((m.amount() > 0 ? "+" : "−") + Numbers.format(Math.abs(m.amount()), getLocale()));
        amount.addClassNames("movement-amount", m.amount() > 0 ? "movement-in" : "movement-out");
        amount.getElement().setAttribute("dir", "ltr");
        var when = new Span(dateTime(m.at()));
        when.addClassName("secondary");
        var main = new Div(what);
        main.addClassName("movement-main");
        if (m.counterpart() != null) {
            var who = new Span(m.counterpart());
            who.addClassNames("movement-who", "user-text");
            who.getElement().setAttribute("dir", "auto");
            main.add(who);
        }
        String about = m.rewardName() != null ? m.rewardName() : m.kudosText();
        if (about != null) {
            var text = new Span(about);
            text.addClassNames("movement-about", "user-text");
            text.getElement().setAttribute("dir", "auto");
            main.add(text);
        }
        main.add(when);
        var row = new Div(main, amount);
        row.addClassName("movement");
        return row;
    }

    private String dateTime(java.time.Instant at) {
        return Dates.dateTime(at, getLocale(), UserSettings.zone());
    }

    private Language language() {
        return Language.of(getLocale());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.rewards"));
    }
}
