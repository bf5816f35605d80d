package app.bravo.recognition.ui;

import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.RecognitionPreferences;
import app.bravo.shared.UserError;
import app.bravo.shared.ui.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;

/**
 * A person's own recognition settings: not to appear on leaderboards, and to have their birthday
 * celebrated in the feed. The birthday is picked as a date in the reader's calendar; only its day
 * and month are kept (a leap year stands in for the year, so that 29 February can be shown).
 */
final class PreferencesDialog extends Dialog {

    /** A leap year, so that a kept 29 February can be shown as a date. */
    private static final int SHOWN_YEAR = 2000;

    final Checkbox hidden = new Checkbox();
    final Checkbox celebrate = new Checkbox();
    final DateField birthday = new DateField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final transient LeaderboardService leaderboards;
    private final Runnable saved;

    PreferencesDialog(LeaderboardService leaderboards, Runnable saved) {
        this.leaderboards = leaderboards;
        this.saved = saved;
        addClassName("leaderboard-dialog");
        setHeaderTitle(getTranslation("leaderboards.preferences.title"));
        setWidth("28rem");
        setMaxWidth("100%");

        hidden.setLabel(getTranslation("leaderboards.preferences.hidden"));
        celebrate.setLabel(getTranslation("leaderboards.preferences.celebrate"));
        celebrate.addValueChangeListener(e -> birthday.setEnabled(e.getValue()));
        birthday.setLabel(getTranslation("leaderboards.preferences.birthday"));
        birthday.setHelperText(getTranslation("leaderboards.preferences.birthday.help"));
        birthday.setWidthFull();
        add(hidden, celebrate, birthday);

        save.setText(getTranslation("leaderboards.preferences.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("leaderboards.preferences.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    @Override
    public void open() {
        RecognitionPreferences p = leaderboards.myPreferences();
        hidden.setValue(p.hiddenFromLeaderboards());
        celebrate.setValue(p.celebrateBirthday());
        birthday.setValue(p.birthday() == null ? null : p.birthday().atYear(SHOWN_YEAR));
        birthday.setEnabled(p.celebrateBirthday());
        birthday.setInvalid(false);
        super.open();
    }

    private void save() {
        LocalDate day = celebrate.getValue() ? birthday.getValue() : null;
        try {
            leaderboards.updatePreferences(hidden.getValue(), celebrate.getValue(),
                    day == null ? null : day.getMonthValue(), day == null ? null : day.getDayOfMonth());
        } catch (UserError e) {
            birthday.setErrorMessage(getTranslation(e.key(), e.args()));
            birthday.setInvalid(true);
            return;
        }
        close();
        Notification.show(getTranslation("leaderboards.preferences.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }
}
