package io.mesorecords.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class JitWarmUpTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsTheCompilerThreadsCpuTimeOfAProcess() {
        // This JVM has compiled the test framework on its way here; its compiler threads have used CPU.
        assertThat(CpuUse.compilerCpuNanos(SELF)).isPositive();
        // A process that does not exist has none.
        assertThat(CpuUse.compilerCpuNanos(Long.MAX_VALUE)).isZero();
    }

    @Test
    void runsRoundsUntilTheMinimumAtLeast() throws Exception {
        List<Integer> rounds = new ArrayList<>();

        // Compilers that never work: the warm-up settles as soon as the minimum has passed.
        JitWarmUp.Result result = JitWarmUp.run(
                SELF,
                Duration.ofMillis(250),
                Duration.ofMinutes(1),
                (round, d) -> {
                    rounds.add(round);
                    Thread.sleep(100);
                },
                pid -> 0);

        // Rounds of at least 100 ms: three pass the minimum, two only if the sleeps overran it.
        assertThat(rounds).hasSizeBetween(2, 3).startsWith(0, 1);
        assertThat(result.settled()).isTrue();
        assertThat(result.compilerCoresPerRound()).hasSameSizeAs(rounds).allMatch(cores -> cores == 0);
        assertThat(result.seconds()).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void stopsAtTheMaximumWhileTheCompilersAreBusy() throws Exception {
        List<Integer> rounds = new ArrayList<>();

        // Compilers that work a whole core all the time.
        JitWarmUp.Result result = JitWarmUp.run(
                SELF,
                Duration.ZERO,
                Duration.ofMillis(350),
                (round, d) -> {
                    rounds.add(round);
                    Thread.sleep(100);
                },
                pid -> rounds.size() * 1_000_000_000L);

        assertThat(result.settled()).isFalse();
        assertThat(rounds).hasSizeBetween(3, 5);
        assertThat(result.compilerCoresPerRound()).allMatch(cores -> cores > JitWarmUp.SETTLED_CORES);
    }
}
