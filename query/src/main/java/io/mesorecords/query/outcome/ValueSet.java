package io.mesorecords.query.outcome;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A course's indications or ingredients as one column of its row (migration {@code V31}): the values in alphabetical
 * order, each closed by {@code |}, after an opening {@code |}; {@code |} alone for none. A value is in the set when
 * {@link #member(String)} occurs in the column, so a report filter tests the course row instead of joining the bridge
 * table. Indications and ingredients are enum names, which never contain {@code |}.
 */
final class ValueSet {

    static final String EMPTY = "|";

    private ValueSet() {}

    static String of(Collection<String> values) {
        return values.isEmpty()
                ? EMPTY
                : values.stream().sorted().distinct().collect(Collectors.joining("|", "|", "|"));
    }

    /** What the column holds wherever it holds {@code value}. */
    static String member(String value) {
        if (value.indexOf('|') >= 0) {
            throw new IllegalArgumentException("A set value cannot contain '|': " + value);
        }
        return "|" + value + "|";
    }
}
