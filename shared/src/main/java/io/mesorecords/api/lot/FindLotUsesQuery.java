package io.mesorecords.api.lot;

/** Asks for every session and patient a product lot was used on, for a recall. */
public record FindLotUsesQuery(String lotNumber) {}
