package io.mesorecords.command.axon;

/**
 * When a command node asks the event store whether a cached patient record is still the latest
 * ({@code mesorecords.commands.cached-record-check}). Either way no command is decided on an outdated record and
 * answered as if it were current; the choice only moves the cost. See {@link LatestRecordCache}.
 */
public enum CachedRecordCheck {

    /**
     * Only when a command on a cached record is refused (or fails otherwise), before the refusal is answered. An
     * accepted command on an outdated record cannot commit: its event takes the next sequence number, which the newer
     * events already hold. The default: one query per command saved wherever a patient's commands reach one node (the
     * embedded default, a single command node, Axon Server's routing by patient).
     */
    ON_REFUSAL,

    /**
     * Before every command on a cached record: for several command nodes behind a load balancer that spreads one
     * patient's commands over them, where most cached records are outdated and each would otherwise fail once on its
     * append and be sent again.
     */
    EVERY_COMMAND
}
