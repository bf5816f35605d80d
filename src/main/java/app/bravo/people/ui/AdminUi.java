package app.bravo.people.ui;

import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;

/** Small pieces the administration views share: dialogs, notifications, badges and error banners. */
final class AdminUi {

    static final int NOTIFICATION_MS = 4000;

    private AdminUi() {
    }

    /** A dialog that is comfortable on a laptop and takes the whole width on a phone (admin.css). */
    static void styleDialog(Dialog dialog) {
        dialog.addClassName("admin-dialog");
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        dialog.setCloseOnOutsideClick(false);
    }

    /** One column on a phone, two from a narrow tablet on. */
    static FormLayout form() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.addClassName("admin-form");
        return form;
    }

    static Button primary(String label) {
        var b = new Button(label);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    static Span badge(Component owner, boolean active, String activeKey, String inactiveKey) {
        var b = new Span(owner.getTranslation(active ? activeKey : inactiveKey));
        b.getElement().getThemeList().add(active ? "badge success" : "badge error");
        return b;
    }

    static void success(String message) {
        var n = Notification.show(message, NOTIFICATION_MS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void failure(String message) {
        var n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A whole number in the reader's digits (Persian digits for Persian). */
    static String number(Locale locale, long n) {
        return Numbers.format(n, locale);
    }

    static String message(Component owner, UserError e) {
        return owner.getTranslation(e.key(), e.args());
    }

    /** A confirmation whose confirm button is marked as dangerous. */
    static ConfirmDialog confirm(Component owner, String confirmKey) {
        var d = new ConfirmDialog();
        d.setCancelable(true);
        d.setCancelText(owner.getTranslation("admin.cancel"));
        d.setConfirmText(owner.getTranslation(confirmKey));
        d.setConfirmButtonTheme("error primary");
        return d;
    }
}
