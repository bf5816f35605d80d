package app.bravo.recognition;

import org.jspecify.annotations.Nullable;

/**
 * A reward as the catalog shows it to every person: name and description in the reader's language,
 * the address of its picture (if any), its cost and what is left ({@code null}: unlimited).
 */
public record CatalogReward(long id, String name, String description, @Nullable String pictureUrl, int cost,
                            @Nullable Integer stock) {

    public boolean outOfStock() {
        return stock != null && stock <= 0;
    }
}
