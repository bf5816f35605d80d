package app.bravo.demo;

import app.bravo.admin.ApiTokenService;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonDetails;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.ScoreType;
import app.bravo.wall.SubmitResult;
import app.bravo.wall.WallRemovalService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode's customer love wall: the API token {@code demo-token} (DESIGN section 3) and a dozen
 * published customer notes, in English and Persian, crediting demo people. Runs after
 * {@link DemoData}; notes carry external ids, so a restart adds nothing twice. They are submitted
 * and approved through the wall's own service, by the demo moderator.
 */
@Component
@Order(1)
class DemoWall implements DemoSeeder {

    static final String DEMO_TOKEN = "demo-token";
    static final String EXTERNAL_ID_PREFIX = "demo-wall-";
    private static final Logger log = LoggerFactory.getLogger(DemoWall.class);

    private final ApiTokenService tokens;
    private final FeedbackService feedback;
    private final WallRemovalService removal;
    private final PeopleService people;
    private final Clock clock;

    DemoWall(ApiTokenService tokens, FeedbackService feedback, WallRemovalService removal, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.feedback = feedback;
        this.removal = removal;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void seed() {
        long integration = tokens.ensureDemoToken(DEMO_TOKEN).integrationId();
        log.warn("* DEMO MODE: the API token '{}' is active for /api/v1. *", DEMO_TOKEN);
        seedNotes(integration);
    }

    @Override
    public List<String> close() {
        return tokens.closeDemoToken(DEMO_TOKEN) ? List.of("the API token '" + DEMO_TOKEN + "'") : List.of();
    }

    @Override
    public String remove() {
        int notes = removal.removeNotes(EXTERNAL_ID_PREFIX, people.idsAt(DemoData.DOMAIN));
        return notes + " notes";
    }

    /** The demo notes, submitted as the integration given and approved by the demo moderator; returns how many were new. */
    int seedNotes(long integrationId) {
        DemoMode.asSystem();
        Map<String, Long> departments = new HashMap<>();
        people.departments().forEach((DepartmentNode d) -> departments.put(d.name(), d.id()));
        long moderatorId = people.idOfEmail("moderator@bravo.demo").orElseThrow();
        PersonDetails moderator = people.find(moderatorId).orElseThrow();
        var user = new BravoUser(moderatorId, moderator.email(), moderator.displayName(), null, moderator.roles(), "en", "light");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(Role.EMPLOYEE.authority(), Role.MODERATOR.authority(), "ROLE_" + Roles.API_CLIENT,
                Roles.SCOPE_FEEDBACK_INTAKE)));
        int added = 0;
        LocalDate today = LocalDate.now(clock);
        // oldest first, so that the wall (newest published first) reads like a real history
        for (int i = NOTES.size() - 1; i >= 0; i--) {
            Note n = NOTES.get(i);
            List<Long> depts = new ArrayList<>();
            if (n.department() != null && departments.containsKey(n.department())) {
                depts.add(departments.get(n.department()));
            }
            var form = new FeedbackForm(n.quote(), n.customer(), n.company(), n.channel(), n.score(), n.scoreType(),
                    today.minusDays(3L + i * 4L), List.of(), n.credited(), depts, n.tags(), EXTERNAL_ID_PREFIX + (i + 1));
            SubmitResult result = feedback.submitFromApi(integrationId, form);
            if (result.created()) {
                feedback.approve(result.id(), null);
                added++;
            }
        }
        return added;
    }

    record Note(String quote, @Nullable String customer, @Nullable String company, Channel channel, @Nullable Integer score,
                @Nullable ScoreType scoreType, List<String> credited, @Nullable String department, List<String> tags) {
    }

    static final List<Note> NOTES = List.of(
            new Note("Sara walked our whole finance team through the new invoicing flow and stayed until every question was answered. Best onboarding we've had with any vendor.",
                    "Helen Carter", "Northwind Traders", Channel.EMAIL, 10, ScoreType.NPS, List.of("employee@bravo.demo"), "Customer Success", List.of("onboarding")),
            new Note("پشتیبانی شما فوق‌العاده بود؛ مشکل ما در کمتر از یک ساعت حل شد. از تیم پشتیبانی صمیمانه سپاسگزاریم 🙏",
                    "رضا کریمی", "فن‌آوران پارس", Channel.CHAT, 5, ScoreType.CSAT, List.of(), "Customer Support", List.of("support", "fast-response")),
            new Note("The mobile app update fixed the sync issue our drivers complained about for months. Thank you for listening!",
                    null, "GreenFleet Logistics", Channel.REVIEW, 9, ScoreType.NPS, List.of("lukas.becker@bravo.demo"), "Mobile Engineering", List.of("mobile", "bug-fix")),
            new Note("Daniel called us back on a Saturday to make sure the migration went well. That is what partnership looks like.",
                    "Tom Becker", "Alpine Outfitters", Channel.CALL, 10, ScoreType.NPS, List.of("manager@bravo.demo"), "Customer Success", List.of("partnership")),
            new Note("نسخهٔ جدید داشبورد خیلی سریع‌تر است و گزارش‌های ماهانه را حالا در چند ثانیه می‌گیریم. دست مریزاد!",
                    "نازنین موسوی", "بیمه آسمان", Channel.SURVEY, 9, ScoreType.NPS, List.of("priya.nair@bravo.demo"), "Platform Engineering", List.of("performance")),
            new Note("Clear pricing, no surprises, and a sales team that actually understood our use case. 🎯",
                    "Marcus Lee", "Brightline Studios", Channel.IN_PERSON, null, null, List.of(), "Sales", List.of("sales")),
            new Note("We reported an accessibility problem on Monday and it was fixed by Thursday. Our screen-reader users noticed immediately.",
                    null, "City of Lakeside", Channel.EMAIL, 5, ScoreType.CSAT, List.of(), "Design", List.of("accessibility")),
            new Note("Leila's webinar on reporting was the most useful hour our team spent this quarter. Please do more of these!",
                    "Anika Patel", "Harbor Health", Channel.SOCIAL, null, null, List.of("moderator@bravo.demo"), "Marketing", List.of("webinar", "training")),
            new Note("از صبر و حوصلهٔ کارشناس شما در تماس تلفنی ممنونم. همه چیز را قدم‌به‌قدم توضیح داد ☎️✨",
                    null, null, Channel.CALL, 5, ScoreType.CSAT, List.of("employee@bravo.demo"), "Customer Support", List.of("support")),
            new Note("Uptime has been flawless since we moved to your platform. Our ops team finally sleeps at night. 😴",
                    "Jonas Berg", "Nordic Payments", Channel.SURVEY, 10, ScoreType.NPS, List.of("priya.nair@bravo.demo"), "Platform Engineering", List.of("reliability")),
            new Note("The product team invited us to test the new planner before launch, and our feedback made it in. We feel heard.",
                    "Grace Owusu", "Sunrise Schools", Channel.EMAIL, 9, ScoreType.NPS, List.of(), "Product", List.of("product", "beta")),
            new Note("Invoices are correct, refunds are fast, and the finance team answers e-mails within a day. Rare and appreciated!",
                    "Carlos Mendes", "Vela Travel", Channel.EMAIL, 4, ScoreType.CSAT, List.of(), "Finance", List.of("billing")));
}
