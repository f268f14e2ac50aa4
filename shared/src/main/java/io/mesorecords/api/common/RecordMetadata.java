package io.mesorecords.api.common;

/**
 * Keys of the metadata every command and event carries besides its payload. The HTTP edge fills them; Axon copies them
 * from each command to the events it causes.
 */
public final class RecordMetadata {

    /** Who recorded it. */
    public static final String USER_ID = "userId";
    /** The role the user acted in ({@code PRACTITIONER}, {@code FRONT_DESK}, {@code ADMINISTRATOR}, ...). */
    public static final String ROLE = "role";
    /** The clinic the record belongs to (for a registration: the clinic registering the patient). */
    public static final String CLINIC_ID = "clinicId";
    /**
     * On commands only: the clinics the authenticated user belongs to, comma-separated. A record answers only users of
     * its own clinic; to anyone else it does not exist.
     */
    public static final String ACTOR_CLINICS = "actorClinics";
    /** The id of the request that led to the message, shared by everything one request causes. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** When it entered the system (transaction time), as an ISO-8601 instant captured at the edge. */
    public static final String RECORDED_AT = "recordedAt";
    /**
     * On commands only: the version of the patient record the client last saw (from {@code If-Match}); the command is
     * refused when the record has moved on since.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private RecordMetadata() {}
}
