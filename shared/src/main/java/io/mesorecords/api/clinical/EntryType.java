package io.mesorecords.api.clinical;

/** The kinds of recorded entry a correction can point at. */
public enum EntryType {
    PATIENT,
    SCREENING,
    COURSE,
    SESSION,
    REACTION,
    ASSESSMENT
}
