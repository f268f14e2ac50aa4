package io.mesorecords.command.session;

/** Limits shared by the session requests. */
final class SessionInputs {

    static final String PRACTITIONER_ID = "[A-Za-z0-9._:@-]{1,128}";
    // A session lasts 20 to 60 minutes; a whole working day bounds typing errors without judging the clinic.
    static final long MAX_MINUTES = 480;

    private SessionInputs() {}
}
