package io.mesorecords.command.course;

import io.mesorecords.api.clinical.CocktailProduct;
import io.mesorecords.api.clinical.Ingredient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A product of the planned cocktail; its ingredients are what allergies are checked against. */
record CocktailProductInput(@NotBlank @Size(max = 200) String name, @NotEmpty Set<@NotNull Ingredient> ingredients) {

    CocktailProduct toProduct() {
        return new CocktailProduct(name, ingredients);
    }
}
