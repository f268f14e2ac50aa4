package io.mesorecords.command.record;

import io.mesorecords.api.clinical.ConsentScope;
import java.util.Objects;
import java.util.TreeSet;

/** The consents currently given by the patient. */
@Snapshottable
class Consents {

    private TreeSet<ConsentScope> given = new TreeSet<>();

    boolean has(ConsentScope scope) {
        return given.contains(scope);
    }

    void give(ConsentScope scope) {
        given.add(scope);
    }

    void withdraw(ConsentScope scope) {
        given.remove(scope);
    }

    // Value equality lets Axon's test fixture compare the state it built with the state it sourced.
    @Override
    public boolean equals(Object o) {
        return o instanceof Consents other && Objects.equals(given, other.given);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given);
    }
}
