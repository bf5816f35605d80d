package app.bravo.pulse;

/** A choice of a single- or multiple-choice question, in both languages. */
public record ChoiceForm(String textEn, String textFa) {
}
