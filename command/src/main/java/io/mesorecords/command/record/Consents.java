package io.mesorecords.command.record;

import io.mesorecords.api.clinical.ConsentScope;
import java.util.Set;
import java.util.TreeSet;

/** The consents currently given by the patient. */
@Snapshottable
class Consents {

    private Set<ConsentScope> given = new TreeSet<>();

    boolean has(ConsentScope scope) {
        return given.contains(scope);
    }

    void give(ConsentScope scope) {
        given.add(scope);
    }

    void withdraw(ConsentScope scope) {
        given.remove(scope);
    }
}
