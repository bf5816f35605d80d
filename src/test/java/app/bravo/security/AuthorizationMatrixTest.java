package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.CompanyCalendarService;
import app.bravo.admin.KioskTokenService;
import app.bravo.admin.ui.CompanyCalendarView;
import app.bravo.admin.ui.TokensView;
import app.bravo.audit.AuditService;
import app.bravo.audit.ui.AuditLogView;
import app.bravo.home.HomeView;
import app.bravo.inbox.InboxService;
import app.bravo.inbox.ui.InboxView;
import app.bravo.people.PeopleImport;
import app.bravo.people.PeopleService;
import app.bravo.people.SettingsService;
import app.bravo.people.ui.SettingsView;
import app.bravo.people.ui.DepartmentsAdminView;
import app.bravo.people.ui.DirectoryView;
import app.bravo.people.ui.ImportView;
import app.bravo.people.ui.PeopleAdminView;
import app.bravo.people.ui.ProfileView;
import app.bravo.people.ui.ValuesAdminView;
import app.bravo.pulse.ActionService;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.ClosedRoundService;
import app.bravo.pulse.ResultsService;
import app.bravo.pulse.ui.ActionsView;
import app.bravo.pulse.ui.ConversationsView;
import app.bravo.pulse.ui.PulseAnswerView;
import app.bravo.pulse.ui.PulseListView;
import app.bravo.pulse.ui.PulseManageView;
import app.bravo.pulse.ui.PulseResultsView;
import app.bravo.pulse.ui.PulseSurveyEditor;
import app.bravo.pulse.SurveyService;
import app.bravo.recognition.BigWinService;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.RecognitionAdminService;
import app.bravo.recognition.RewardService;
import app.bravo.recognition.ui.ApprovalsView;
import app.bravo.recognition.ui.KudosView;
import app.bravo.recognition.ui.LeaderboardView;
import app.bravo.recognition.ui.MyNominationsView;
import app.bravo.recognition.ui.PairsView;
import app.bravo.recognition.ui.RecognitionAdminView;
import app.bravo.recognition.ui.RewardsManageView;
import app.bravo.recognition.ui.RewardsView;
import app.bravo.security.ui.LoginView;
import app.bravo.shell.ErrorPages;
import app.bravo.wall.FeedbackImport;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.WallRemovalService;
import app.bravo.wall.WallService;
import app.bravo.wall.ui.FeedbackImportView;
import app.bravo.wall.ui.KioskView;
import app.bravo.wall.ui.ModerationView;
import app.bravo.wall.ui.MySubmissionsView;
import app.bravo.wall.ui.WallView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import static app.bravo.security.AuthorizationMatrixTest.Actor.ADMIN;
import static app.bravo.security.AuthorizationMatrixTest.Actor.ANONYMOUS;
import static app.bravo.security.AuthorizationMatrixTest.Actor.EMPLOYEE;
import static app.bravo.security.AuthorizationMatrixTest.Actor.HR;
import static app.bravo.security.AuthorizationMatrixTest.Actor.MODERATOR;

/**
 * What each role may open and call, and what it is refused: one table, written out by hand from
 * DESIGN section 1 (not read back from the annotations it checks), for every route and every public
 * method of every {@code @Service}. Only an access-denied answer counts as refused: the router's
 * refusal for a route (Bravo's "access denied" page, or the sign-in page for no one signed in), an
 * {@link AccessDeniedException} (or its subclass AuthorizationDeniedException) for a method. Any
 * other outcome, an exception from the deliberately empty arguments included, got past security.
 * <p>
 * To add a row: a route is {@code route(TheView.class, WHO)} in {@link #ROUTES} (with a function
 * from a person's id to the path when the route has parameters); a method is
 * {@code method(TheService.class, "name(ParamType, ...)", WHO)} in {@link #METHODS}, the parameter
 * types by simple name, as the failure of {@link #every_route_and_every_public_service_method_has_a_row()}
 * prints them. WHO is one of the groups below, or {@code EnumSet.of(...)} of actors. Methods are
 * called with empty arguments (null, 0, false), so they must refuse before they read them.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    /** Who asks: a person holding EMPLOYEE and this role (roles add up), or no one signed in (an office screen). */
    enum Actor {
        ANONYMOUS, EMPLOYEE, MANAGER, MODERATOR, HR, ADMIN;

        Role[] roles() {
            return this == ANONYMOUS || this == EMPLOYEE ? new Role[0] : new Role[] {Role.valueOf(name())};
        }
    }

    // The groups of DESIGN section 1.
    /** Also no one signed in: the sign-in page, office screens, what a scheduled job runs. */
    static final Set<Actor> ANYONE = EnumSet.allOf(Actor.class);
    /** Every active person. */
    static final Set<Actor> STAFF = EnumSet.range(EMPLOYEE, ADMIN);
    static final Set<Actor> MODERATORS = EnumSet.of(MODERATOR, ADMIN);
    static final Set<Actor> HR_AND_ADMINS = EnumSet.of(HR, ADMIN);
    static final Set<Actor> ADMINS = EnumSet.of(ADMIN);
    /** Who decides big-win nominations: managers (their people's) and HR (the rest). */
    static final Set<Actor> DECIDERS = EnumSet.of(Actor.MANAGER, HR);
    /** No person: only an integration's API token ({@link Roles#API_CLIENT}). */
    static final Set<Actor> NO_PERSON = EnumSet.noneOf(Actor.class);
    /** Who runs pulse surveys: HR alone (DESIGN section 1; administrators are bound by the same rules). */
    static final Set<Actor> HR_ONLY = EnumSet.of(HR);
    /** Who publishes "you said, we did" action plans: HR and managers (DESIGN section 2.4). */
    static final Set<Actor> ACTION_PUBLISHERS = EnumSet.of(Actor.MANAGER, HR);

    static final List<RouteRow> ROUTES = List.of(
            route(LoginView.class, ANYONE),
            route(KioskView.class, ANYONE, person -> "kiosk/" + Fixtures.unique("no-such-screen")),
            route(HomeView.class, STAFF),
            route(WallView.class, STAFF),
            route(MySubmissionsView.class, STAFF),
            route(SettingsView.class, STAFF),
            route(DirectoryView.class, STAFF),
            route(ProfileView.class, STAFF, ProfileView::path),
            route(ModerationView.class, MODERATORS),
            route(FeedbackImportView.class, MODERATORS),
            route(ValuesAdminView.class, HR_AND_ADMINS),
            route(CompanyCalendarView.class, HR_AND_ADMINS),
            route(PeopleAdminView.class, ADMINS),
            route(DepartmentsAdminView.class, ADMINS),
            route(ImportView.class, ADMINS),
            route(AuditLogView.class, ADMINS),
            route(TokensView.class, ADMINS),
            route(ApprovalsView.class, DECIDERS),
            route(MyNominationsView.class, STAFF),
            route(InboxView.class, STAFF),
            route(KudosView.class, STAFF),
            route(RecognitionAdminView.class, HR_AND_ADMINS),
            // recognition's leaderboard for everyone, reciprocal pairs for HR
            route(LeaderboardView.class, STAFF),
            route(PairsView.class, HR_AND_ADMINS),
            route(RewardsView.class, STAFF),
            route(RewardsManageView.class, HR_AND_ADMINS),
            route(PulseListView.class, STAFF),
            route(ConversationsView.class, STAFF),
            route(PulseAnswerView.class, STAFF, person -> "pulse/0"),
            route(PulseManageView.class, HR_ONLY),
            route(PulseSurveyEditor.class, HR_ONLY, person -> "pulse/manage/0"),
            route(ActionsView.class, STAFF),
            route(PulseResultsView.class, HR_ONLY, person -> "pulse/results/0"));

    static final List<MethodRow> METHODS = List.of(
            // people: the directory for everyone, its administration for admins, values for HR
            method(PeopleService.class, "search(String, Long, boolean, Pageable)", STAFF),
            method(PeopleService.class, "find(long)", STAFF),
            // my own settings: every person
            method(SettingsService.class, "mine()", STAFF),
            method(SettingsService.class, "changePassword(String, String)", STAFF),
            method(SettingsService.class, "saveAboutMe(String)", STAFF),
            method(SettingsService.class, "savePhoto(byte[])", STAFF),
            method(SettingsService.class, "removePhoto()", STAFF),
            method(PeopleService.class, "departments()", STAFF),
            method(PeopleService.class, "newJoiners(int, int)", STAFF),
            method(PeopleService.class, "anniversariesThisMonth(int)", STAFF),
            method(PeopleService.class, "values()", STAFF),
            method(PeopleService.class, "activeIdsByEmail(Collection)", STAFF),
            method(PeopleService.class, "displayNames(Collection)", STAFF),
            method(PeopleService.class, "activeAmong(Collection)", STAFF),
            method(PeopleService.class, "departmentNames(Collection)", STAFF),
            method(PeopleService.class, "idOfEmail(String)", ADMINS),
            method(PeopleService.class, "create(PersonForm)", ADMINS),
            method(PeopleService.class, "update(long, PersonForm)", ADMINS),
            method(PeopleService.class, "deactivate(long)", ADMINS),
            method(PeopleService.class, "reactivate(long)", ADMINS),
            method(PeopleService.class, "createDepartment(String, Long)", ADMINS),
            method(PeopleService.class, "updateDepartment(long, String, Long)", ADMINS),
            method(PeopleService.class, "deleteDepartment(long)", ADMINS),
            method(PeopleService.class, "createValue(String, String, String, String)", HR_AND_ADMINS),
            method(PeopleService.class, "updateValue(long, String, String, String, String, int, boolean)", HR_AND_ADMINS),
            // closing and removing the demo company (demo mode off), as the system or an administrator
            method(PeopleService.class, "closeAccountsAt(String)", ADMINS),
            method(PeopleService.class, "idsAt(String)", ADMINS),
            method(PeopleService.class, "removeAt(String, Collection, Collection)", ADMINS),
            method(WallRemovalService.class, "removeNotes(String, Collection)", ADMINS),
            method(PeopleImport.class, "importCsv(String, byte[], ImportProgress)", ADMINS),
            // audit log: every feature writes it, only admins read it
            method(AuditService.class, "record(AuditAction, String, Object, String)", ANYONE),
            method(AuditService.class, "record(AuditAction, String, Object, AuditMessage)", ANYONE),
            method(AuditService.class, "find(AuditAction, String, Pageable)", ADMINS),
            // tokens: admins hand them out; presenting one needs no sign-in
            method(ApiTokenService.class, "create(String)", ADMINS),
            method(ApiTokenService.class, "create(String, Set)", ADMINS),
            method(ApiTokenService.class, "replace(long)", ADMINS),
            method(ApiTokenService.class, "closeDemoToken(String)", ADMINS),
            method(ApiTokenService.class, "ensureDemoToken(String)", ADMINS),
            method(ApiTokenService.class, "list(Pageable)", ADMINS),
            method(ApiTokenService.class, "revoke(long)", ADMINS),
            method(ApiTokenService.class, "authenticate(String)", ANYONE),
            method(KioskTokenService.class, "create(String, int, Collection)", ADMINS),
            method(KioskTokenService.class, "ensureDemoScreen(String)", ADMINS),
            method(KioskTokenService.class, "closeDemoScreen(String)", ADMINS),
            method(KioskTokenService.class, "list(Pageable)", ADMINS),
            method(KioskTokenService.class, "revoke(long)", ADMINS),
            method(KioskTokenService.class, "resolve(String)", ANYONE),
            // the company calendar: HR's and the administrators'
            method(CompanyCalendarService.class, "current()", HR_AND_ADMINS),
            method(CompanyCalendarService.class, "preview(System, DayOfWeek)", HR_AND_ADMINS),
            method(CompanyCalendarService.class, "update(System, DayOfWeek)", HR_AND_ADMINS),
            // the wall: everyone shares, reads, reacts; moderators curate; integrations post
            method(FeedbackService.class, "submit(FeedbackForm)", STAFF),
            method(FeedbackService.class, "submitFromApi(long, FeedbackForm)", NO_PERSON),
            method(FeedbackService.class, "findByExternalId(long, String)", NO_PERSON),
            method(FeedbackService.class, "statusOf(long, long)", NO_PERSON),
            method(FeedbackService.class, "published(WallCursor, int)", STAFF),
            method(FeedbackService.class, "mySubmissions(ScrollPosition, int)", STAFF),
            method(FeedbackService.class, "pending(Pageable)", MODERATORS),
            method(FeedbackService.class, "find(long)", MODERATORS),
            method(FeedbackService.class, "approve(long, String)", MODERATORS),
            method(FeedbackService.class, "edit(long, FeedbackForm)", MODERATORS),
            method(FeedbackService.class, "reject(long, String)", MODERATORS),
            method(FeedbackService.class, "archive(long)", MODERATORS),
            method(FeedbackService.class, "submitFromImport(FeedbackForm)", MODERATORS),
            method(FeedbackImport.class, "importCsv(String, byte[], ImportProgress)", MODERATORS),
            method(WallService.class, "page(WallFilter, WallCursor, int)", STAFF),
            method(WallService.class, "find(long, WallFilter)", STAFF),
            method(WallService.class, "praise(long, int)", STAFF),
            method(WallService.class, "popularTags(int)", STAFF),
            method(WallService.class, "toggle(long, Reaction)", STAFF),
            method(WallService.class, "comments(long, KeysetToken)", STAFF),
            method(WallService.class, "comment(long, String)", STAFF),
            method(WallService.class, "hideComment(long)", MODERATORS),
            method(NoteOfTheDay.class, "day()", STAFF),
            method(NoteOfTheDay.class, "today()", ANYONE),
            method(NoteOfTheDay.class, "forScreen(Collection, int)", ANYONE),
            method(NoteOfTheDay.class, "feature(long)", MODERATORS),
            method(NoteOfTheDay.class, "pickAutomatically()", ANYONE),
            method(NoteOfTheDay.class, "pickAutomatically(LocalDate)", MODERATORS),
            method(NoteOfTheDay.class, "featuredOn(LocalDate)", STAFF),
            // big wins: everyone nominates and reads; managers and HR decide
            method(BigWinService.class, "awardLevels()", STAFF),
            method(BigWinService.class, "valueRequired()", STAFF),
            method(BigWinService.class, "nominate(BigWinForm)", STAFF),
            method(BigWinService.class, "myNominations(BigWinCursor, int)", STAFF),
            method(BigWinService.class, "recentBigWins(int)", STAFF),
            method(BigWinService.class, "queue(BigWinCursor, int)", DECIDERS),
            method(BigWinService.class, "waitingCount()", DECIDERS),
            method(BigWinService.class, "queued(long)", DECIDERS),
            method(BigWinService.class, "approve(long, String)", DECIDERS),
            method(BigWinService.class, "decline(long, String)", DECIDERS),
            // the inbox: every person reads their own messages (features post through Inbox, no service)
            method(InboxService.class, "mine(Long, int)", STAFF),
            method(InboxService.class, "unreadCount()", STAFF),
            method(InboxService.class, "markRead(long)", STAFF),
            method(InboxService.class, "markAllRead()", STAFF),
            // kudos: every person gives, reads, reacts, comments, reports; moderators hide; tokens with the recognition scope read the public feed
            method(KudosService.class, "give(KudosForm)", STAFF),
            method(KudosService.class, "edit(long, String, Set)", STAFF),
            method(KudosService.class, "delete(long)", STAFF),
            method(KudosService.class, "addOn(long, String, int)", STAFF),
            method(KudosService.class, "page(KudosFilter, KudosCursor, int)", STAFF),
            method(KudosService.class, "find(long, KudosFilter)", STAFF),
            method(KudosService.class, "published(KudosCursor, int)", NO_PERSON),
            method(KudosService.class, "counts(long)", STAFF),
            method(KudosService.class, "myPoints()", STAFF),
            method(KudosService.class, "valueRequired()", STAFF),
            method(KudosService.class, "values()", STAFF),
            method(KudosService.class, "toggle(long, KudosReaction)", STAFF),
            method(KudosService.class, "comments(long, KeysetToken)", STAFF),
            method(KudosService.class, "comment(long, String)", STAFF),
            method(KudosService.class, "report(long, String)", STAFF),
            method(KudosService.class, "reportComment(long, String)", STAFF),
            method(KudosService.class, "hide(long, String)", MODERATORS),
            method(KudosService.class, "hideComment(long, String)", MODERATORS),
            // recognition: HR administers points, budgets and award levels
            method(RecognitionAdminService.class, "settings()", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "updateSettings(RecognitionSettings)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "departmentAllowances()", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "setDepartmentAllowance(long, int)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "removeDepartmentAllowance(long)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "awardLevels()", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "createAwardLevel(String, String, int, int, boolean)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "updateAwardLevel(long, String, String, int, int, boolean)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "companyBudget()", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "topUp(int)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "companyMovements(KeysetToken, int)", HR_AND_ADMINS),
            method(RecognitionAdminService.class, "liability()", HR_AND_ADMINS),
            // recognition's leaderboards, badges and own settings: every person; reciprocal pairs: HR
            method(LeaderboardService.class, "months()", STAFF),
            method(LeaderboardService.class, "leaderboards(Long, int)", STAFF),
            method(LeaderboardService.class, "leaderboards(Month, Long, int)", STAFF),
            method(LeaderboardService.class, "totals(long)", STAFF),
            method(LeaderboardService.class, "values(long, int)", STAFF),
            method(LeaderboardService.class, "badges(long)", STAFF),
            method(LeaderboardService.class, "myPreferences()", STAFF),
            method(LeaderboardService.class, "updatePreferences(boolean, boolean, Integer, Integer)", STAFF),
            method(LeaderboardService.class, "reciprocalPairs(LocalDate, LocalDate, int)", HR_AND_ADMINS),
            // rewards: everyone redeems their received points; HR runs the catalog and decides
            method(RewardService.class, "catalog(Language)", STAFF),
            method(RewardService.class, "myPoints(Language)", STAFF),
            method(RewardService.class, "myHistory(Long, int, Language)", STAFF),
            method(RewardService.class, "myRedemptions(Long, int, Language)", STAFF),
            method(RewardService.class, "redeem(long)", STAFF),
            method(RewardService.class, "rewards()", HR_AND_ADMINS),
            method(RewardService.class, "create(RewardForm)", HR_AND_ADMINS),
            method(RewardService.class, "update(long, RewardForm)", HR_AND_ADMINS),
            method(RewardService.class, "savePicture(long, byte[])", HR_AND_ADMINS),
            method(RewardService.class, "removePicture(long)", HR_AND_ADMINS),
            method(RewardService.class, "pendingRedemptions(Long, int)", HR_AND_ADMINS),
            method(RewardService.class, "approve(long)", HR_AND_ADMINS),
            method(RewardService.class, "decline(long, String)", HR_AND_ADMINS),
            method(RewardService.class, "exportRedemptions(LocalDate, LocalDate, Locale)", HR_AND_ADMINS),
            method(RewardService.class, "liability()", HR_AND_ADMINS),
            // pulse surveys: HR builds and schedules them (administrators do not); every employee answers
            method(SurveyService.class, "templates()", HR_ONLY),
            method(SurveyService.class, "surveys(Long, int)", HR_ONLY),
            method(SurveyService.class, "survey(long)", HR_ONLY),
            method(SurveyService.class, "create(SurveyForm)", HR_ONLY),
            method(SurveyService.class, "createFromTemplate(String)", HR_ONLY),
            method(SurveyService.class, "update(long, SurveyForm)", HR_ONLY),
            method(SurveyService.class, "addQuestion(long, QuestionForm)", HR_ONLY),
            method(SurveyService.class, "updateQuestion(long, QuestionForm)", HR_ONLY),
            method(SurveyService.class, "removeQuestion(long)", HR_ONLY),
            method(SurveyService.class, "moveQuestion(long, int)", HR_ONLY),
            method(SurveyService.class, "setAudience(long, Audience)", HR_ONLY),
            method(SurveyService.class, "schedule(long, Schedule)", HR_ONLY),
            method(SurveyService.class, "unschedule(long)", HR_ONLY),
            method(SurveyService.class, "preview(long)", HR_ONLY),
            // pulse results: HR, and managers for their own departments (checked in the service); published ones for all
            method(ResultsService.class, "results(long, DisclosureGroup)", DECIDERS),
            method(ResultsService.class, "trend(long, DisclosureGroup)", HR_ONLY),
            method(ResultsService.class, "heatmap(long)", HR_ONLY),
            method(ResultsService.class, "publish(long)", HR_ONLY),
            method(ResultsService.class, "publishedRounds()", STAFF),
            method(ResultsService.class, "publishedResults(long)", STAFF),
            // the results page's reads (HR only: the page is HR's)
            method(ClosedRoundService.class, "closedRounds(long)", HR_ONLY),
            method(ClosedRoundService.class, "departments(long)", HR_ONLY),
            method(ClosedRoundService.class, "results(long, Long, TenureBand)", HR_ONLY),
            method(PulseService.class, "myOpenRounds()", STAFF),
            method(PulseService.class, "sheet(long)", STAFF),
            method(PulseService.class, "submit(long, List)", STAFF),
            // action plans: everyone reads them; HR and managers publish and update them
            method(ActionService.class, "page(ActionFilter, KeysetToken, int)", STAFF),
            method(ActionService.class, "actionsOfRound(long)", STAFF),
            method(ActionService.class, "action(long)", STAFF),
            method(ActionService.class, "closedRound(long)", STAFF),
            method(ActionService.class, "canPublish()", STAFF),
            method(ActionService.class, "closedRounds()", ACTION_PUBLISHERS),
            method(ActionService.class, "questions(long)", ACTION_PUBLISHERS),
            method(ActionService.class, "create(ActionForm)", ACTION_PUBLISHERS),
            method(ActionService.class, "update(long, int, ActionForm)", ACTION_PUBLISHERS),
            method(ActionService.class, "changeStatus(long, int, ActionStatus, String)", ACTION_PUBLISHERS),
            // anonymous conversations: HR replies to comments its results show; any employee reads by key
            method(ConversationService.class, "staffThread(String)", HR_ONLY),
            method(ConversationService.class, "replyAsStaff(String, String)", HR_ONLY),
            method(ConversationService.class, "threadsFor(List)", STAFF),
            method(ConversationService.class, "answerAsAuthor(String, String, String)", STAFF));

    /** A route, who may open it, and its path for a signed-in person's id (null: the route's own path). */
    record RouteRow(Class<? extends Component> view, Set<Actor> allowed, @Nullable Function<Long, String> path) {
    }

    /** A public method of a service (by name and simple parameter type names) and who may call it. */
    record MethodRow(Class<?> service, String signature, Set<Actor> allowed) {
    }

    static RouteRow route(Class<? extends Component> view, Set<Actor> allowed) {
        return new RouteRow(view, allowed, null);
    }

    static RouteRow route(Class<? extends Component> view, Set<Actor> allowed, Function<Long, String> path) {
        return new RouteRow(view, allowed, path);
    }

    static MethodRow method(Class<?> service, String signature, Set<Actor> allowed) {
        return new MethodRow(service, signature, allowed);
    }

    @Autowired Fixtures fixtures;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void every_route_and_every_public_service_method_has_a_row() {
        Set<String> routes = annotated(Route.class).stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> routeRows = ROUTES.stream().map(r -> r.view().getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> methods = annotated(Service.class).stream().flatMap(AuthorizationMatrixTest::publicMethods)
                .map(AuthorizationMatrixTest::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> methodRows = METHODS.stream().map(m -> m.service().getName() + "#" + m.signature())
                .collect(Collectors.toCollection(TreeSet::new));

        var softly = new SoftAssertions();
        softly.assertThat(routes).as("every @Route has a row in ROUTES: add route(TheView.class, WHO)")
                .containsExactlyInAnyOrderElementsOf(routeRows);
        softly.assertThat(methods).as("every public method of a @Service has a row in METHODS: add method(TheService.class, \"name(Types)\", WHO)")
                .containsExactlyInAnyOrderElementsOf(methodRows);
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void each_role_opens_exactly_its_routes(Actor actor) {
        long personId = actor == ANONYMOUS ? fixtures.person("Someone").getId() : fixtures.signInAs(actor.roles()).personId();
        var softly = new SoftAssertions();
        for (RouteRow row : ROUTES) {
            String path = row.path() == null ? null : row.path().apply(personId);
            Runnable open = () -> {
                if (path == null) {
                    navigate(row.view());
                } else {
                    navigate(path, row.view());
                }
            };
            String what = actor + " opening " + row.view().getSimpleName();
            if (row.allowed().contains(actor)) {
                softly.assertThatCode(open::run).as(what).doesNotThrowAnyException();
                softly.assertThat(getCurrentView()).as(what).isInstanceOf(row.view());
            } else {
                // no one signed in is sent to sign in; a signed-in person sees "access denied"
                Class<? extends Component> refusal = actor == ANONYMOUS ? LoginView.class : ErrorPages.DENIED;
                softly.check(() -> ErrorPages.assertEndedOn(open::run, row.view(), refusal));
                softly.assertThat(getCurrentView()).as(what).isInstanceOf(refusal);
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void each_role_calls_exactly_its_service_methods(Actor actor) {
        var softly = new SoftAssertions();
        for (MethodRow row : METHODS) {
            Method method = publicMethods(row.service()).filter(m -> signature(m).equals(row.signature())).findFirst()
                    .orElseThrow(() -> new AssertionError("no method " + row.service().getSimpleName() + "#" + row.signature()));
            if (actor == ANONYMOUS) {
                fixtures.signInAnonymously();
            } else {
                fixtures.signInAs(actor.roles());
            }
            Throwable answer = call(context.getBean(row.service()), method);
            String what = actor + " calling " + row.service().getSimpleName() + "#" + row.signature();
            if (row.allowed().contains(actor)) {
                softly.assertThat(answer instanceof AccessDeniedException)
                        .as("%s is allowed (anything but access denied), but answered %s", what, answer).isFalse();
            } else {
                softly.assertThat(answer).as(what + " is refused").isInstanceOf(AccessDeniedException.class);
            }
        }
        softly.assertAll();
    }

    /** What the call threw, or null when it returned: with empty arguments, only security's answer matters. */
    private static @Nullable Throwable call(Object bean, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AuthorizationMatrixTest::empty).toArray();
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static @Nullable Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? false : type == long.class ? 0L : type == int.class ? (Object) 0
                : java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }

    private static Set<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("app.bravo").stream().map(d -> {
            try {
                return Class.forName(d.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.toSet());
    }

    private static Stream<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic());
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getName() + "#" + signature(m);
    }

    private static String signature(Method m) {
        return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }
}
