package io.mesorecords.query.outcome;

import io.mesorecords.api.clinical.CorrectableField;
import io.mesorecords.api.clinical.Indication;
import io.mesorecords.api.clinical.Rater;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the corrected values the report follows, in the formats of {@link CorrectableField}. The write side checks
 * keys, not values: an unreadable value is ignored and the old one kept.
 */
final class Corrections {

    private Corrections() {}

    static Optional<Set<String>> indications(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        for (String name : value.replace("[", "").replace("]", "").split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        boolean readable =
                Arrays.stream(Indication.values()).map(Enum::name).toList().containsAll(names);
        return readable ? Optional.of(Set.copyOf(names)) : Optional.empty();
    }

    static Optional<Rater> rater(String value) {
        return value == null
                ? Optional.empty()
                : Arrays.stream(Rater.values())
                        .filter(rater -> rater.name().equals(value.trim()))
                        .findFirst();
    }

    static Optional<Instant> instant(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
