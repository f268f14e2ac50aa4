package io.mesorecords.api.clinical;

/** The patient's name; identifying data. */
public record PersonName(String given, String family) {}
