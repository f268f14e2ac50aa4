package io.mesorecords.api.history;

/** Who recorded a fact, in which role, acting for which clinic. */
public record RecordedBy(String userId, String role, String clinicId) {}
