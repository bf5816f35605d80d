package app.bravo.recognition;

import org.jspecify.annotations.Nullable;

/** A reward as HR edits it: both languages, picture, cost, stock ({@code null}: unlimited) and whether it is offered. */
public record RewardDetails(long id, String nameEn, String nameFa, String descriptionEn, String descriptionFa,
                            @Nullable String pictureUrl, int cost, @Nullable Integer stock, boolean active) {

    public RewardForm toForm() {
        return new RewardForm(nameEn, nameFa, descriptionEn, descriptionFa, cost, stock, active);
    }
}
