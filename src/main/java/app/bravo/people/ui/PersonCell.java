package app.bravo.people.ui;

import app.bravo.people.PersonSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A person as lists show them: avatar, name, and one line beneath (e-mail, title, an occasion). */
public final class PersonCell {

    private PersonCell() {
    }

    /** The name links to the person's profile. */
    public static Div linked(PersonSummary p, @Nullable String below) {
        var name = new Anchor(ProfileView.path(p.id()), p.displayName());
        name.getElement().setAttribute("dir", "auto");
        return cell(p, name, below);
    }

    /** The name is plain text, for rows that open something else when clicked. */
    static Div plain(PersonSummary p, @Nullable String below) {
        var name = new Span(p.displayName());
        name.addClassName("admin-name");
        name.getElement().setAttribute("dir", "auto");
        return cell(p, name, below);
    }

    private static Div cell(PersonSummary p, Component name, @Nullable String below) {
        var avatar = new Avatar(p.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        if (p.photoUrl() != null) {
            avatar.setImage(p.photoUrl());
        }
        var line = new Span(below == null ? "" : below);
        line.addClassName("secondary");
        line.getElement().setAttribute("dir", "auto");
        var text = new Div(name, line);
        text.addClassName("name-cell-text");
        var cell = new Div(avatar, text);
        cell.addClassName("name-cell");
        return cell;
    }
}
