package io.mesorecords.command.record;

import io.mesorecords.api.clinical.Ingredient;
import io.mesorecords.api.clinical.TreatmentArea;
import io.mesorecords.api.patient.MedicalHistoryRecorded;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The safety-relevant part of the screening in force; descriptive text stays in the events. */
@Snapshottable
class Screening {

    private LocalDate screenedOn;
    private boolean pregnant;
    private boolean breastfeeding;
    private TreeSet<Ingredient> allergies = new TreeSet<>();
    private TreeSet<TreatmentArea> activeInfections = new TreeSet<>();

    Screening() {}

    Screening(MedicalHistoryRecorded event) {
        this.screenedOn = event.screenedOn();
        this.pregnant = event.pregnant();
        this.breastfeeding = event.breastfeeding();
        this.allergies = new TreeSet<>(event.allergies());
        this.activeInfections = new TreeSet<>(event.activeInfections());
    }

    LocalDate screenedOn() {
        return screenedOn;
    }

    boolean pregnant() {
        return pregnant;
    }

    boolean breastfeeding() {
        return breastfeeding;
    }

    Set<Ingredient> allergiesAmong(Collection<Ingredient> ingredients) {
        Set<Ingredient> found = new TreeSet<>(ingredients);
        found.retainAll(allergies);
        return found;
    }

    Set<TreatmentArea> infectionsTouching(Collection<TreatmentArea> areas) {
        Set<TreatmentArea> found = new TreeSet<>();
        for (TreatmentArea infected : activeInfections) {
            if (areas.stream().anyMatch(infected::overlaps)) {
                found.add(infected);
            }
        }
        return found;
    }

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Screening other
                && Objects.equals(screenedOn, other.screenedOn)
                && Objects.equals(pregnant, other.pregnant)
                && Objects.equals(breastfeeding, other.breastfeeding)
                && Objects.equals(allergies, other.allergies)
                && Objects.equals(activeInfections, other.activeInfections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(screenedOn, pregnant, breastfeeding, allergies, activeInfections);
    }
}
