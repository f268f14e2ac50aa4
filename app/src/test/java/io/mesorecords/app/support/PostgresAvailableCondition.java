package io.mesorecords.app.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostgreSQL tests, loudly, when neither Docker nor a configured server is there. */
class PostgresAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestPostgres.unavailableReason()
                .map(reason -> {
                    System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
                    return ConditionEvaluationResult.disabled(reason);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL available"));
    }
}
