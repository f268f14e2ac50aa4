package io.mesorecords.api.clinical;

/** How to reach the patient; identifying data. */
public record Contact(String email, String phone) {}
