package io.mesorecords.api.outcome;

import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.common.PractitionerId;
import java.time.YearMonth;
import java.util.Set;

/**
 * Which courses a report covers. Each set restricts its dimension to the listed values; an empty set means any value.
 * Age bands are given by their lower bound (30 for 30-39). The planning period is bounded by months, both inclusive,
 * either bound optional.
 */
public record OutcomeFilter(
        Set<Technique> techniques,
        Set<String> products,
        Set<Ingredient> ingredients,
        Set<Indication> indications,
        Set<ClinicId> clinics,
        Set<PractitionerId> practitioners,
        Set<Integer> ageBands,
        Set<Integer> fitzpatrickTypes,
        Set<Integer> glogauClasses,
        YearMonth plannedFrom,
        YearMonth plannedTo) {

    public OutcomeFilter {
        techniques = copy(techniques);
        products = copy(products);
        ingredients = copy(ingredients);
        indications = copy(indications);
        clinics = copy(clinics);
        practitioners = copy(practitioners);
        ageBands = copy(ageBands);
        fitzpatrickTypes = copy(fitzpatrickTypes);
        glogauClasses = copy(glogauClasses);
    }

    /** Every course. */
    public static OutcomeFilter none() {
        return new OutcomeFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter restricted to these clinics. */
    public OutcomeFilter withClinics(Set<ClinicId> restricted) {
        return new OutcomeFilter(
                techniques,
                products,
                ingredients,
                indications,
                restricted,
                practitioners,
                ageBands,
                fitzpatrickTypes,
                glogauClasses,
                plannedFrom,
                plannedTo);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
