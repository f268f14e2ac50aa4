package io.mesorecords.api.clinical;

import io.mesorecords.api.common.Immutable;
import java.util.Set;

/** A product of a planned cocktail: its name and what it contains. */
public record CocktailProduct(String name, Set<Ingredient> ingredients) {

    public CocktailProduct {
        ingredients = Immutable.sortedSet(ingredients);
    }
}
