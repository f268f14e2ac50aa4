package io.mesorecords.command.privacy;

import io.mesorecords.api.patient.PersonalDataErased;
import io.mesorecords.privacy.PersonalDataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Erasure destroys the patient's data key. This handler runs in a subscribing processor, inside the unit of work
 * and the transaction of the command that recorded {@link PersonalDataErased} (Axon hands subscribing processors the
 * events in the prepare-commit phase, after appending them): the event and the destroyed key commit together or not
 * at all, and a failure to destroy refuses the erasure ({@link KeyShreddingConfiguration}).
 */
@Component
@ProcessingGroup(KeyShredder.GROUP)
class KeyShredder {

    static final String GROUP = "personal-data-keys";

    private final PersonalDataKeys keys;

    KeyShredder(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.destroy(event.patientId().asString());
    }
}
