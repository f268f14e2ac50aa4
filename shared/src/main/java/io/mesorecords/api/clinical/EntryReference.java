package io.mesorecords.api.clinical;

/** Points at one recorded entry of a patient's record: its type and its id (for the patient itself, the patient id). */
public record EntryReference(EntryType type, String id) {}
