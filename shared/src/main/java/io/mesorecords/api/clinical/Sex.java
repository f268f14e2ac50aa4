package io.mesorecords.api.clinical;

/** Sex as recorded at registration. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER
}
