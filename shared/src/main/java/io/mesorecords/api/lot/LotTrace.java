package io.mesorecords.api.lot;

import io.mesorecords.api.common.Immutable;
import java.util.List;

/** Every use of a lot, in order of the session. */
public record LotTrace(String lotNumber, List<LotUse> uses) {
    public LotTrace {
        uses = Immutable.list(uses);
    }
}
