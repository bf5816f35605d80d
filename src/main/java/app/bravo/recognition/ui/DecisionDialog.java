package app.bravo.recognition.ui;

import app.bravo.recognition.BigWin;
import app.bravo.recognition.BigWinService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Asks for the note of a decision: optional when approving, required when declining (the
 * nominator reads it). The dialog stays open when the service refuses, with the reason on it.
 */
final class DecisionDialog extends Dialog {

    /** Decides the nomination with the note; false when refused (the dialog then stays open). */
    interface Decider {
        boolean decide(long id, boolean approve, String note);
    }

    final Paragraph summary = new Paragraph();
    /** When approving: the recipients who have left since the nomination and will not be paid. */
    final Paragraph left = new Paragraph();
    final TextArea note = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final transient Decider decider;
    private long id;
    private boolean approving;

    DecisionDialog(Decider decider) {
        this.decider = decider;
        addClassName("bigwin-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        summary.addClassNames("bigwin-intro", "user-text");
        note.setMaxLength(BigWinService.NOTE_MAX);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addClassName("user-text");
        note.getElement().setAttribute("dir", "auto");
        note.setWidthFull();
        note.addValueChangeListener(e -> note.setInvalid(false));
        left.addClassNames("bigwin-left", "user-text");
        left.setVisible(false);
        add(summary, left, note);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("bigwins.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    void open(long nominationId, boolean approve, String what, List<BigWin.Who> leftSince) {
        id = nominationId;
        left.setVisible(approve && !leftSince.isEmpty());
        left.setText(leftSince.isEmpty() ? "" : getTranslation("bigwins.approve.left",
                leftSince.stream().map(BigWin.Who::name).collect(Collectors.joining(", "))));
        approving = approve;
        setHeaderTitle(getTranslation(approve ? "bigwins.approve.title" : "bigwins.decline.title"));
        summary.setText(what);
        note.setLabel(getTranslation(approve ? "bigwins.approve.note" : "bigwins.decline.note"));
        note.setHelperText(getTranslation(approve ? "bigwins.approve.note.help" : "bigwins.decline.note.help", BigWinService.NOTE_MAX));
        note.setRequired(!approve);
        note.setRequiredIndicatorVisible(!approve);
        note.clear();
        note.setInvalid(false);
        confirm.setText(getTranslation(approve ? "bigwins.approve.confirm" : "bigwins.decline.confirm"));
        confirm.removeThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_ERROR);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        open();
        note.focus();
    }

    void confirm() {
        if (!approving && note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("bigwins.error.note.required"));
            note.setInvalid(true);
            return;
        }
        if (decider.decide(id, approving, note.getValue())) {
            close();
        }
    }
}
