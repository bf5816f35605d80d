package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonDetails;
import app.bravo.people.PersonSummary;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.time.Dates;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.UI;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import app.bravo.shared.ui.ProfileCard;

/** A person's profile: who they are, where they sit, who they report to and who reports to them. */
@Route("people/:id(\\d+)")
@RolesAllowed(Roles.EMPLOYEE)
public class ProfileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 name = new H2();
    final DescriptionList facts = new DescriptionList();
    final Div reports = new Div();
    /** What the person wrote about themselves, as plain text. */
    final Paragraph about = new Paragraph();

    private final transient PeopleService people;
    private String title = "";

    /** The bookmarkable address of a person's profile. */
    public static String path(long id) {
        return "people/" + id;
    }

    public static void open(long id) {
        UI.getCurrent().navigate(ProfileView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private final transient List<ProfileCard> featureCards;

    ProfileView(PeopleService people, List<ProfileCard> featureCards) {
        this.people = people;
        this.featureCards = featureCards.stream().sorted(Comparator.comparingInt(ProfileCard::order)).toList();
        addClassNames("view", "profile-view");
        about.addClassNames("about-me", "user-text");
        about.getElement().setAttribute("dir", "auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        PersonDetails p = people.find(id).orElseThrow(NotFoundException::new);
        show(p);
    }

    private void show(PersonDetails p) {
        removeAll();
        title = p.displayName();
        var avatar = new Avatar(p.displayName());
        avatar.addClassName("profile-avatar");
        if (p.photoUrl() != null) {
            avatar.setImage(p.photoUrl());
        }
        name.setText(p.displayName());
        name.getElement().setAttribute("dir", "auto");
        var subtitle = new Paragraph(p.jobTitle() == null ? "" : p.jobTitle());
        subtitle.addClassName("secondary");
        var header = new Div(avatar, new Div(name, subtitle));
        header.addClassName("profile-header");
        if (!p.active()) {
            var badge = new Span(getTranslation("people.inactive"));
            badge.getElement().getThemeList().add("badge error");
            header.add(badge);
        }

        about.setText(p.aboutMe() == null ? "" : p.aboutMe());
        about.setVisible(p.aboutMe() != null);

        facts.removeAll();
        fact("people.field.email", new Anchor("mailto:" + p.email(), p.email()));
        if (p.departmentName() != null) {
            fact("people.field.department", new Span(p.departmentName()));
        }
        if (p.managerId() != null) {
            fact("people.field.manager", new Anchor(path(p.managerId()), p.managerName()));
        }
        if (p.hireDate() != null) {
            fact("people.field.hire-date", new Span(Dates.date(p.hireDate(), getLocale())));
        }
        var roles = new Div();
        roles.addClassName("badges");
        p.roles().stream().sorted().filter(r -> r != Role.EMPLOYEE).forEach(r -> {
            var b = new Span(getTranslation("role." + r.name()));
            b.getElement().getThemeList().add("badge contrast");
            roles.add(b);
        });
        if (roles.getComponentCount() > 0) {
            fact("people.field.roles", roles);
        }

        var card = new Section(header, about, facts);
        card.addClassName("card");
        add(card);

        for (ProfileCard section : featureCards) {
            section.create(p.id()).ifPresent(this::add);
        }

        reports.removeAll();
        if (!p.directReports().isEmpty()) {
            var list = new Div();
            list.addClassName("people-list");
            for (PersonSummary r : p.directReports()) {
                list.add(DirectoryView.nameCell(r));
            }
            reports.add(new H3(getTranslation("people.direct-reports", p.directReports().size())), list);
            reports.addClassName("card");
            add(reports);
        }
    }

    private void fact(String key, Component value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title.isEmpty() ? getTranslation("nav.people") : title);
    }
}
