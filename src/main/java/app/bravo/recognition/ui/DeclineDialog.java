package app.bravo.recognition.ui;

import app.bravo.recognition.RewardService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Asks HR for the reason of a decline, which the person reads; without a reason nothing is declined. */
final class DeclineDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private long redemptionId;
    /** Declines with the reason; answers the refusal's message, or null when it was declined. */
    private final BiFunction<Long, String, @Nullable String> decliner;

    DeclineDialog(BiFunction<Long, String, @Nullable String> decliner) {
        this.decliner = decliner;
        addClassName("rewards-dialog");
        setHeaderTitle(getTranslation("rewards.decline.title"));
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        reason.setLabel(getTranslation("rewards.decline.reason"));
        reason.setHelperText(getTranslation("rewards.decline.reason.help", RewardService.REASON_MAX));
        reason.setRequired(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(RewardService.REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addClassName("user-text");
        reason.getElement().setAttribute("dir", "auto");
        reason.setWidthFull();
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        add(reason);

        confirm.setText(getTranslation("rewards.decline.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("rewards.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    void open(long id, String what) {
        redemptionId = id;
        setHeaderTitle(getTranslation("rewards.decline.title.of", what));
        reason.clear();
        reason.setInvalid(false);
        open();
        reason.focus();
    }

    void confirm() {
        String refusal = decliner.apply(redemptionId, reason.getValue());
        if (refusal == null) {
            close();
        } else {
            reason.setErrorMessage(refusal);
            reason.setInvalid(true);
        }
    }
}
