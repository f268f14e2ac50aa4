package io.mesorecords.app.deployment;

import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.command.axon.CachedRecordCheck;
import java.util.List;

/**
 * {@link SharedPostgresCommandNodesTest} with each node asking the store before every command whether its cached
 * record is the latest ({@code mesorecords.commands.cached-record-check=every-command}).
 */
@RequiresPostgres
class SharedPostgresCommandNodesCheckedEveryCommandTest extends SharedPostgresCommandNodesTest {

    @Override
    List<String> settings() {
        return List.of("--mesorecords.commands.cached-record-check=every-command");
    }

    @Override
    CachedRecordCheck check() {
        return CachedRecordCheck.EVERY_COMMAND;
    }
}
