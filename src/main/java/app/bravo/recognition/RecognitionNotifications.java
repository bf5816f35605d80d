package app.bravo.recognition;

import app.bravo.inbox.Inbox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about recognition in their inbox (issue 13, point 7). Each handler
 * listens to one of recognition's past-tense events through Spring Modulith's event publication
 * registry (after commit, asynchronously, recorded so that none is lost when the app stops; DD017).
 * Handlers run with no one signed in, so they read the few names they need in SQL, each person's
 * reward name in their own language. Delivery is at least once: a rare repeat is a repeated message.
 */
@Component
class RecognitionNotifications {

    private final Inbox inbox;
    private final JdbcClient jdbc;

    RecognitionNotifications(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(KudosGiven e) {
        String giver = name(e.giverId());
        for (long r : e.recipientIds()) {
            inbox.post(r, e.pointsEach() > 0 ? "recognition.inbox.kudos-points" : "recognition.inbox.kudos",
                    List.of(giver, String.valueOf(e.pointsEach())), "kudos?person=" + r);
        }
    }

    @ApplicationModuleListener
    void on(AddOnGiven e) {
        String giver = name(e.giverId());
        for (long r : e.recipientIds()) {
            inbox.post(r, "recognition.inbox.addon", List.of(giver, String.valueOf(e.pointsEach())), "kudos?person=" + r);
        }
        if (e.originalGiverId() != 0 && !e.recipientIds().contains(e.originalGiverId())) {
            inbox.post(e.originalGiverId(), "recognition.inbox.addon-joined", List.of(giver), "kudos?person=" + e.originalGiverId());
        }
    }

    @ApplicationModuleListener
    void on(BigWinNominated e) {
        Set<Long> deciders = new LinkedHashSet<>();
        if (e.approverId() != null) {
            deciders.add(e.approverId());
        } else {
            deciders.addAll(hrPeople());
        }
        deciders.remove(e.nominatorId());
        deciders.removeAll(e.recipientIds());
        List<String> params = List.of(name(e.nominatorId()), names(e.recipientIds()));
        for (long d : deciders) {
            inbox.post(d, "recognition.inbox.bigwin-to-decide", params, "kudos/approvals");
        }
    }

    @ApplicationModuleListener
    void on(BigWinApproved e) {
        for (long r : e.recipientIds()) {
            inbox.post(r, "recognition.inbox.bigwin-won", List.of(name(e.nominatorId()), String.valueOf(e.pointsEach())),
                    "kudos?kind=BIG");
        }
        if (e.leftIds() == null || e.leftIds().isEmpty()) {
            inbox.post(e.nominatorId(), "recognition.inbox.bigwin-approved", List.of(names(e.recipientIds())), "kudos/nominations");
        } else {
            inbox.post(e.nominatorId(), "recognition.inbox.bigwin-approved-some-left",
                    List.of(names(e.recipientIds()), names(e.leftIds())), "kudos/nominations");
        }
    }

    @ApplicationModuleListener
    void on(BigWinDeclined e) {
        inbox.post(e.nominatorId(), "recognition.inbox.bigwin-declined", List.of(names(e.recipientIds()), e.note()),
                "kudos/nominations");
    }

    @ApplicationModuleListener
    void on(RewardRedeemed e) {
        for (long hr : hrPeople()) {
            if (hr != e.personId()) {
                inbox.post(hr, "recognition.inbox.redeemed", List.of(name(e.personId()), reward(e.rewardId(), hr)), "rewards/manage");
            }
        }
    }

    @ApplicationModuleListener
    void on(RedemptionApproved e) {
        inbox.post(e.personId(), "recognition.inbox.redemption-approved", List.of(reward(e.rewardId(), e.personId())), "rewards");
    }

    @ApplicationModuleListener
    void on(RedemptionDeclined e) {
        inbox.post(e.personId(), "recognition.inbox.redemption-declined", List.of(reward(e.rewardId(), e.personId()), e.reason()),
                "rewards");
    }

    // ---- what the messages name ----

    private String name(long personId) {
        return jdbc.sql("SELECT display_name FROM person WHERE id = :p").param("p", personId)
                .query(String.class).optional().orElse("?");
    }

    private String names(List<Long> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        Map<Long, String> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT id, display_name FROM person WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong(1), rs.getString(2))).list();
        return String.join(", ", ids.stream().map(id -> byId.getOrDefault(id, "?")).toList());
    }

    private List<Long> hrPeople() {
        return jdbc.sql("""
                SELECT p.id FROM person p JOIN person_role r ON r.person_id = p.id AND r.role = 'HR' WHERE p.active ORDER BY p.id""")
                .query(Long.class).list();
    }

    /** The reward's name in the reader's language. */
    private String reward(long rewardId, long readerId) {
        return jdbc.sql("""
                SELECT CASE WHEN p.language = 'fa' THEN r.name_fa ELSE r.name_en END FROM reward r, person p
                WHERE r.id = :r AND p.id = :p""")
                .param("r", rewardId).param("p", readerId).query(String.class).optional().orElse("?");
    }
}
