package app.bravo.recognition;

import org.jspecify.annotations.Nullable;

/**
 * What HR enters for a reward of the catalog: its name and description in English and Persian,
 * its cost in received points (whole, above zero), its stock ({@code null}: unlimited; never below
 * zero) and whether people can redeem it now.
 */
public record RewardForm(String nameEn, String nameFa, String descriptionEn, String descriptionFa,
                         @Nullable Integer cost, @Nullable Integer stock, boolean active) {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 1000;

    public RewardForm withActive(boolean offered) {
        return new RewardForm(nameEn, nameFa, descriptionEn, descriptionFa, cost, stock, offered);
    }
}
