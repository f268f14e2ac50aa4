package io.mesorecords.api.clinical;

/** What a patient consents to. */
public enum ConsentScope {
    TREATMENT,
    PHOTOGRAPHS,
    ANALYTICS
}
