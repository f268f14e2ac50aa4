package io.mesorecords.api.outcome;

/**
 * What an outcome report can be grouped and filtered by. Technique, clinic, age band, Fitzpatrick type, Glogau class and
 * period have one value per course; product, ingredient, indication and practitioner can have several, and a course
 * then counts in each of its groups.
 */
public enum OutcomeDimension {
    TECHNIQUE,
    PRODUCT,
    INGREDIENT,
    INDICATION,
    CLINIC,
    PRACTITIONER,
    AGE_BAND,
    FITZPATRICK,
    GLOGAU,
    PERIOD
}
