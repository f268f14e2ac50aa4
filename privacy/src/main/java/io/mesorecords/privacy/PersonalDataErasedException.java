package io.mesorecords.privacy;

/**
 * Identifying data was to be recorded for a patient whose key was destroyed. The patient record refuses every command
 * after erasure, so this only happens when something bypasses it; a destroyed key is never created again.
 */
public class PersonalDataErasedException extends RuntimeException {

    public PersonalDataErasedException(String subject) {
        super("The personal data of patient " + subject
                + " was erased (its key destroyed): no identifying data can be recorded for them again");
    }
}
