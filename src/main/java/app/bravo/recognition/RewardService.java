package app.bravo.recognition;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.recognition.internal.RewardStore;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.csv.CsvExport;
import app.bravo.shared.db.RetryOnDeadlock;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Translations;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.Dates;
import app.bravo.shared.upload.ImageRules;
import app.bravo.shared.upload.StoredImage;
import app.bravo.shared.upload.Uploads;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rewards catalog (DESIGN section 2.2, issue 13 point 5): every person sees the rewards on
 * offer in their language, their received points with the full history, and their redemptions,
 * and redeems a reward; HR runs the catalog, fulfils or declines redemptions (points refunded by a
 * ledger row), exports them and sees the points liability.
 * <p>
 * Stock and points are guarded in the database: a redemption takes a unit of stock by a
 * conditional write and spends the points under the received account's row lock, in one
 * transaction, so that a refusal (too few points) gives the unit back by rolling back, and two
 * people redeeming the last unit at once cannot both have it. A redemption is decided once, by a
 * conditional write on its pending status. Locks are always taken in the order redemption, reward,
 * points account, so that no two transactions wait for each other in a circle.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class RewardService {

    /** Reward pictures: up to 5 MB in, at most 800 pixels a side out (a card shows them at about 320). */
    public static final ImageRules PICTURE = new ImageRules("reward", 5 * 1024 * 1024, 800);
    public static final int REASON_MAX = 500;
    /** The most rewards a catalog shows; HR keeps it far smaller. */
    public static final int CATALOG_MAX = 200;
    public static final int PAGE_MAX = 100;
    /** The most lines one export holds; a longer period is refused, to be split. */
    public static final int EXPORT_MAX = 100_000;

    /** The export's columns, in order; each header is the bundle's {@code rewards.export.column.<name>}. */
    private static final List<String> EXPORT_COLUMNS = List.of("date", "person", "email", "reward-en", "reward-fa", "cost",
            "status", "decided-by", "decided-at", "reason");

    private final RewardStore store;
    private final Ledger ledger;
    private final RecognitionSettingsStore settings;
    private final Uploads uploads;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Translations translations;

    RewardService(RewardStore store, Ledger ledger, RecognitionSettingsStore settings, Uploads uploads, AuditService audit,
                  CurrentUser currentUser, CompanyCalendar calendar, ApplicationEventPublisher events, Translations translations) {
        this.store = store;
        this.translations = translations;
        this.ledger = ledger;
        this.settings = settings;
        this.uploads = uploads;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.events = events;
    }

    // ---- for everyone ----

    /** The rewards on offer now, cheapest first, in the reader's language. */
    public List<CatalogReward> catalog(Language language) {
        return store.active(CATALOG_MAX).stream().map(r -> new CatalogReward(r.id(), name(r, language),
                language == Language.PERSIAN ? r.descriptionFa() : r.descriptionEn(), r.pictureUrl(), r.cost(), r.stock()))
                .toList();
    }

    /** The signed-in person's received points (what they can spend) and the first page of their history. */
    public MyBalance myPoints(Language language) {
        long me = me();
        return new MyBalance(ledger.balance(Ledger.AccountKind.RECEIVED, me), history(me, null, 20, language));
    }

    /** A page of the signed-in person's points history over all their accounts, newest first, before {@code beforeId}. */
    public PointsPage myHistory(@Nullable Long beforeId, int size, Language language) {
        return history(me(), beforeId, size, language);
    }

    /** The signed-in person's redemptions, newest first, before the one with id {@code beforeId}. */
    public List<MyRedemption> myRedemptions(@Nullable Long beforeId, int size, Language language) {
        boolean fa = language == Language.PERSIAN;
        return store.ofPerson(me(), beforeId, bounded(size)).stream()
                .map(r -> new MyRedemption(r.id(), r.rewardId(), fa ? r.nameFa() : r.nameEn(), r.cost(), r.status(), r.at(),
                        r.decidedAt(), r.reason()))
                .toList();
    }

    /**
     * Redeems a reward for the signed-in person's received points: a unit of stock (if limited) is
     * taken, a pending redemption made and the points spent, all or nothing; HR then fulfils or
     * declines it.
     *
     * @return the redemption's id
     * @throws UserError {@code rewards.error.not-offered}, {@code rewards.error.out-of-stock} or
     *                   {@code recognition.error.balance-too-small} (with what the person holds and the cost)
     */
    @RetryOnDeadlock
    @Transactional
    public long redeem(long rewardId) {
        long me = me();
        if (!store.takeOne(rewardId)) {
            RewardDetails r = store.find(rewardId).orElseThrow(() -> new UserError("rewards.error.not-offered"));
            throw new UserError(r.active() ? "rewards.error.out-of-stock" : "rewards.error.not-offered");
        }
        RewardDetails reward = store.lock(rewardId).orElseThrow();
        Instant now = calendar.now();
        long redemption = store.insertRedemption(rewardId, me, reward.cost(), now);
        ledger.redeem(me, reward.cost(), redemption, currentUser.actor());
        events.publishEvent(new RewardRedeemed(redemption, me, rewardId, reward.cost()));
        return redemption;
    }

    // ---- HR: the catalog ----

    /** Every reward, offered ones first and cheapest first, for the catalog editor. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public List<RewardDetails> rewards() {
        return store.all(CATALOG_MAX);
    }

    /**
     * Adds a reward to the catalog.
     *
     * @throws UserError {@code rewards.error.name-en.*}, {@code rewards.error.name-fa.*},
     *                   {@code rewards.error.description.too-long}, {@code rewards.error.cost.*},
     *                   {@code rewards.error.stock.negative} or {@code text.error.characters}
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public long create(RewardForm form) {
        RewardForm f = checked(form);
        long id = store.insert(f, calendar.now());
        audit.record(AuditAction.REWARD_CREATED, "reward", id, AuditMessage.of("audit.msg.reward-created")
                .subject(f.nameEn()).text("nameFa", f.nameFa()).text("cost", f.cost()).text("stock", stockText(f.stock())));
        return id;
    }

    /** Changes a reward; the same rules as {@link #create}. Redemptions already made keep the cost they were made at. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void update(long id, RewardForm form) {
        RewardForm f = checked(form);
        RewardDetails before = store.lock(id).orElseThrow(() -> new UserError("rewards.error.not-found"));
        store.update(id, f);
        audit.record(AuditAction.REWARD_UPDATED, "reward", id, AuditMessage.of("audit.msg.reward-updated")
                .subject(f.nameEn()).text("cost", f.cost()).text("wasCost", before.cost())
                .text("stock", stockText(f.stock())).text("wasStock", stockText(before.stock()))
                .translated("state", "rewards.audit.active.", f.active()));
    }

    /**
     * Makes this image the reward's picture, through the upload service (its type read from the
     * content, metadata stripped, at most {@link #PICTURE}'s size); the previous picture is deleted.
     *
     * @return the new picture's address
     * @throws UserError an {@code upload.image.*} key of {@link Uploads#storeImage}
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public String savePicture(long id, byte[] image) {
        RewardDetails reward = store.lock(id).orElseThrow(() -> new UserError("rewards.error.not-found"));
        String old = store.photoKey(id);
        StoredImage stored = uploads.storeImage(image, PICTURE);
        store.setPhoto(id, stored.key());
        if (old != null) {
            uploads.delete(old);
        }
        audit.record(AuditAction.REWARD_UPDATED, "reward", id, AuditMessage.of("audit.msg.reward-picture").subject(reward.nameEn()));
        return stored.url();
    }

    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void removePicture(long id) {
        RewardDetails reward = store.lock(id).orElseThrow(() -> new UserError("rewards.error.not-found"));
        String old = store.photoKey(id);
        if (old != null) {
            store.setPhoto(id, null);
            uploads.delete(old);
            audit.record(AuditAction.REWARD_UPDATED, "reward", id,
                    AuditMessage.of("audit.msg.reward-picture-removed").subject(reward.nameEn()));
        }
    }

    // ---- HR: redemptions ----

    /**
     * HR's queue: pending redemptions, oldest first, a page at a time after the one with id
     * {@code afterId}. Those of people who have left stay here, marked, to be fulfilled or declined.
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public List<QueuedRedemption> pendingRedemptions(@Nullable Long afterId, int size) {
        return store.queue(afterId, bounded(size));
    }

    /**
     * Fulfils a pending redemption, once.
     *
     * @throws UserError {@code rewards.error.redemption-not-found} or {@code rewards.error.already-decided}
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void approve(long id) {
        RewardStore.Redemption r = decide(id, RedemptionStatus.FULFILLED, null);
        RewardDetails reward = store.find(r.rewardId()).orElseThrow();
        audit.record(AuditAction.REDEMPTION_APPROVED, "redemption", id, AuditMessage.of("audit.msg.redemption-approved")
                .subject(reward.nameEn()).text("person", personName(r)).text("cost", r.cost()));
        events.publishEvent(new RedemptionApproved(id, r.personId(), r.rewardId()));
    }

    /**
     * Declines a pending redemption with a reason, once: the points come back by a refund row and a
     * limited stock gets its unit back.
     *
     * @throws UserError {@code rewards.error.reason.required}, {@code rewards.error.reason.too-long},
     *                   {@code rewards.error.redemption-not-found} or {@code rewards.error.already-decided}
     */
    @RetryOnDeadlock
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void decline(long id, String reason) {
        String why = text(reason, true, REASON_MAX, "rewards.error.reason", true);
        RewardStore.Redemption r = decide(id, RedemptionStatus.DECLINED, why);
        store.putBackOne(r.rewardId());
        ledger.refund(id, currentUser.actor());
        RewardDetails reward = store.find(r.rewardId()).orElseThrow();
        audit.record(AuditAction.REDEMPTION_DECLINED, "redemption", id, AuditMessage.of("audit.msg.redemption-declined")
                .subject(reward.nameEn()).text("person", personName(r)).text("cost", r.cost()).text("reason", why));
        events.publishEvent(new RedemptionDeclined(id, r.personId(), r.rewardId(), why));
    }

    /**
     * The redemptions made from {@code from} to {@code to} (both included, company days) as CSV for a
     * spreadsheet: UTF-8 with a byte order mark, every cell safe against formula injection; the
     * headers in the exporting person's language and the times in their calendar (Jalali with
     * Persian digits for Persian), in the company's zone.
     *
     * @throws UserError {@code rewards.error.export-period} or {@code rewards.error.export-too-large}
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public byte[] exportRedemptions(LocalDate from, LocalDate to, Locale locale) {
        if (to.isBefore(from)) {
            throw new UserError("rewards.error.export-period");
        }
        var lines = store.export(calendar.startOf(from), calendar.startOf(to.plusDays(1)), EXPORT_MAX + 1);
        if (lines.size() > EXPORT_MAX) {
            throw new UserError("rewards.error.export-too-large", EXPORT_MAX);
        }
        var zone = calendar.zone();
        var csv = CsvExport.withHeader(EXPORT_COLUMNS.stream()
                .map(c -> translations.getTranslation("rewards.export.column." + c, locale)).toArray(String[]::new));
        for (var l : lines) {
            csv.row(Dates.dateTime(l.at(), locale, zone), l.person(), l.email(), l.rewardEn(), l.rewardFa(), l.cost(),
                    l.status().name(), l.decidedBy(), l.decidedAt() == null ? null : Dates.dateTime(l.decidedAt(), locale, zone),
                    l.reason());
        }
        return csv.toBytes();
    }

    /** The points held in every received account (not yet redeemed) and their worth at HR's rate. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public PointsLiability liability() {
        var s = settings.current();
        return PointsLiability.at(ledger.heldReceived(), s.pointValue(), s.currency());
    }

    // ---- helpers ----

    private RewardStore.Redemption decide(long id, RedemptionStatus outcome, @Nullable String reason) {
        if (!store.decide(id, outcome, reason, me(), calendar.now())) {
            throw new UserError(store.redemption(id).isPresent() ? "rewards.error.already-decided"
                    : "rewards.error.redemption-not-found");
        }
        return store.redemption(id).orElseThrow();
    }

    private PointsPage history(long personId, @Nullable Long beforeId, int size, Language language) {
        int n = bounded(size);
        List<Ledger.Movement> rows = ledger.history(personId, beforeId, n + 1);
        boolean more = rows.size() > n;
        List<Ledger.Movement> page = more ? rows.subList(0, n) : rows;
        Map<Long, RewardStore.MovementContext> contexts = store.contexts(page.stream().map(Ledger.Movement::id).toList())
                .stream().collect(Collectors.toMap(RewardStore.MovementContext::movementId, Function.identity()));
        boolean fa = language == Language.PERSIAN;
        List<PointMovement> movements = page.stream().map(m -> {
            var c = Optional.ofNullable(contexts.get(m.id()));
            String reward = c.map(x -> fa ? x.rewardFa() : x.rewardEn()).orElse(null);
            // the other end: where points came from when they came in, where they went when they went out
            String other = c.map(x -> m.amount() > 0 ? x.fromName() : x.toName()).orElse(null);
            return new PointMovement(m.id(), m.kind().name(), m.account().name(), m.amount(), m.at(), m.kudosId(),
                    c.map(RewardStore.MovementContext::kudosText).orElse(null), reward, other);
        }).toList();
        return new PointsPage(movements, more ? page.getLast().id() : null);
    }

    private static String name(RewardDetails r, Language language) {
        return language == Language.PERSIAN ? r.nameFa() : r.nameEn();
    }

    private String personName(RewardStore.Redemption r) {
        return store.personName(r.personId());
    }

    private static String stockText(@Nullable Integer stock) {
        return stock == null ? "∞" : stock.toString();
    }

    private static int bounded(int size) {
        return Math.clamp(size, 1, PAGE_MAX);
    }

    private long me() {
        return currentUser.require().personId();
    }

    /** A form's values checked and stripped. */
    static RewardForm checked(RewardForm f) {
        String nameEn = text(f.nameEn(), true, RewardForm.NAME_MAX, "rewards.error.name-en", false);
        String nameFa = text(f.nameFa(), true, RewardForm.NAME_MAX, "rewards.error.name-fa", false);
        String descriptionEn = text(f.descriptionEn(), false, RewardForm.DESCRIPTION_MAX, "rewards.error.description", true);
        String descriptionFa = text(f.descriptionFa(), false, RewardForm.DESCRIPTION_MAX, "rewards.error.description", true);
        if (f.cost() == null) {
            throw new UserError("rewards.error.cost.required");
        }
        if (f.cost() <= 0) {
            throw new UserError("rewards.error.cost.positive");
        }
        if (f.stock() != null && f.stock() < 0) {
            throw new UserError("rewards.error.stock.negative");
        }
        return new RewardForm(nameEn, nameFa, descriptionEn, descriptionFa, f.cost(), f.stock(), f.active());
    }

    /**
     * A text stripped, or a UserError: {@code <prefix>.required}, {@code <prefix>.too-long} (counting
     * characters as people see them) or {@code text.error.characters}; line breaks only where {@code lines}.
     */
    private static String text(@Nullable String text, boolean required, int max, String prefix, boolean lines) {
        String t = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (t.isEmpty() && required) {
            throw new UserError(prefix + ".required");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new UserError(prefix + ".too-long", max);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && c == '\n'))) {
            throw new UserError("text.error.characters");
        }
        return t;
    }
}
