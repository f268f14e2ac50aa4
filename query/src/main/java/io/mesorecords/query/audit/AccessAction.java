package io.mesorecords.query.audit;

/** ISO 27789's event action codes: create, read, update, delete, execute (exports and reports). */
public enum AccessAction {
    C,
    R,
    U,
    D,
    E
}
