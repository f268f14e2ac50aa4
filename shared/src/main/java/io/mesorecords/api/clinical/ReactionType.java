package io.mesorecords.api.clinical;

/** What a patient had after a session: the first seven are expected and usually pass within 1 or 2 days. */
public enum ReactionType {
    ERYTHEMA,
    OEDEMA,
    PAPULES,
    HAEMATOMA,
    ITCHING,
    BURNING,
    PAIN,
    INFECTION,
    NODULES,
    ALLERGIC_REACTION,
    PIGMENTATION_CHANGE
}
