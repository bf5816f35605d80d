package app.bravo.wall;

/**
 * One bad field of a feedback submission: the field's name as the API and the form know it
 * ({@code quote}, {@code tags[2]}), and the translation key of what is wrong with it.
 */
public record FieldProblem(String field, String key, Object... args) {
}
