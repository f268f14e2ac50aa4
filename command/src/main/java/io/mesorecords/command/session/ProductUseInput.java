package io.mesorecords.command.session;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.ProductUse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A product as injected: lot and expiry make it traceable for recalls. */
record ProductUseInput(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty Set<@NotNull Ingredient> ingredients,
        @NotBlank @Size(max = 64) String lotNumber,
        @NotNull LocalDate expiryDate,
        @NotNull @Positive BigDecimal volumeMl) {

    ProductUse toProductUse() {
        return new ProductUse(name, ingredients, lotNumber, expiryDate, volumeMl);
    }
}
