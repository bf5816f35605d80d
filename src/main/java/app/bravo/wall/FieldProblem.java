package app.bravo.wall;

import java.util.Set;

/**
 * One bad field of a feedback submission: the field's name as the API and the form know it
 * ({@code quote}, {@code tags[2]}), and the translation key of what is wrong with it.
 */
public record FieldProblem(String field, String key, Object... args) {

    /** Field- or scale-specific messages; the key (the API's code) stays generic. */
    private static final Set<String> SPECIFIC = Set.of(
            "wall.error.required.quote", "wall.error.required.channel", "wall.error.required.reason", "wall.error.required.tags",
            "wall.error.too-long.quote", "wall.error.too-long.customerName", "wall.error.too-long.company",
            "wall.error.too-long.reason", "wall.error.too-long.tags",
            "wall.error.score-range.NPS", "wall.error.score-range.CSAT");

    /**
     * The key of the message a person reads: "Enter the customer's words" rather than "This field is
     * required", "An NPS score is a whole number from 0 to 10" rather than "A NPS score ...". Falls
     * back to {@link #key} where no specific message exists.
     */
    public String messageKey() {
        int bracket = field.indexOf('[');
        String base = bracket < 0 ? field : field.substring(0, bracket);
        String specific = key.equals("wall.error.score-range") && args.length > 0 ? key + "." + args[0] : key + "." + base;
        return SPECIFIC.contains(specific) ? specific : key;
    }
}
