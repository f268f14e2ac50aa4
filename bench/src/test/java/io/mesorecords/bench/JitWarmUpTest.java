package io.mesorecords.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(10)
class JitWarmUpTest {

    private static final long SELF = ProcessHandle.current().pid();
    private static final long SECOND = 1_000_000_000L;

    /** Rounds take exactly {@link JitWarmUp#ROUND} on this clock; the compilers use the CPU each round is given. */
    private final AtomicLong clock = new AtomicLong();

    private final List<Integer> rounds = new ArrayList<>();

    /** Compiler CPU so far, one thread: the sum of what the rounds up to now were given. */
    private final AtomicLong compilerNanos = new AtomicLong();

    private JitWarmUp.Result warmUp(Duration minimum, Duration maximum, long... compilerNanosPerRound)
            throws Exception {
        LongFunction<Map<Long, Long>> compilers = pid -> Map.of(1L, compilerNanos.get());
        return JitWarmUp.run(
                SELF,
                minimum,
                maximum,
                (round, duration) -> {
                    rounds.add(round);
                    clock.addAndGet(duration.toNanos());
                    compilerNanos.addAndGet(compilerNanosPerRound[Math.min(round, compilerNanosPerRound.length - 1)]);
                },
                compilers,
                clock::get);
    }

    @Test
    void goesOnUntilTheFirstRoundInWhichTheCompilersUsedUnderATwentiethOfACore() throws Exception {
        // 5 s, 2 s, then 0.4 s of compiling in 10 s rounds: 0.5, 0.2 and 0.04 of a core.
        JitWarmUp.Result result =
                warmUp(Duration.ofSeconds(20), Duration.ofMinutes(5), 5 * SECOND, 2 * SECOND, SECOND * 4 / 10);

        assertThat(rounds).containsExactly(0, 1, 2);
        assertThat(result.settled()).isTrue();
        assertThat(result.compilerCoresPerRound()).containsExactly(0.5, 0.2, 0.04);
        assertThat(result.seconds()).isEqualTo(30.0);
    }

    @Test
    void runsTheMinimumEvenWhenTheCompilersAreIdleAtOnce() throws Exception {
        JitWarmUp.Result result = warmUp(Duration.ofSeconds(25), Duration.ofMinutes(5), 0);

        // 25 s take three rounds of 10 s.
        assertThat(rounds).containsExactly(0, 1, 2);
        assertThat(result.settled()).isTrue();
        assertThat(result.seconds()).isEqualTo(30.0);
    }

    @Test
    void stopsAfterTheRoundThatEndsPastTheMaximumWhileTheCompilersAreBusy() throws Exception {
        // 0.1 of a core in every round: never settled.
        JitWarmUp.Result result = warmUp(Duration.ofSeconds(30), Duration.ofSeconds(95), SECOND);

        assertThat(rounds).hasSize(10);
        assertThat(result.settled()).isFalse();
        assertThat(result.compilerCoresPerRound()).hasSize(10).containsOnly(0.1);
        assertThat(result.seconds()).isEqualTo(100.0);
    }

    @Test
    void aCompilerThreadThatEndsDoesNotMakeARoundLookSettled() throws Exception {
        // Two threads; after the first round the second, with 50 s of CPU behind it, stops. A sum over the threads
        // would fall by 50 s; per thread, the round counts what the remaining one used.
        AtomicLong first = new AtomicLong();
        LongFunction<Map<Long, Long>> compilers =
                pid -> rounds.size() < 2 ? Map.of(1L, first.get(), 2L, 50 * SECOND) : Map.of(1L, first.get());
        JitWarmUp.Result result = JitWarmUp.run(
                SELF,
                Duration.ZERO,
                Duration.ofSeconds(30),
                (round, duration) -> {
                    rounds.add(round);
                    clock.addAndGet(duration.toNanos());
                    first.addAndGet(SECOND);
                },
                compilers,
                clock::get);

        assertThat(result.settled()).isFalse();
        assertThat(result.compilerCoresPerRound()).containsExactly(0.1, 0.1, 0.1);
    }

    @Test
    void whereTheCompilersCannotBeReadItStopsAtTheMinimumWithoutClaimingTheyHadSettled() throws Exception {
        JitWarmUp.Result result = JitWarmUp.run(
                SELF,
                Duration.ofSeconds(20),
                Duration.ofMinutes(5),
                (round, duration) -> {
                    rounds.add(round);
                    clock.addAndGet(duration.toNanos());
                },
                pid -> null,
                clock::get);

        assertThat(rounds).containsExactly(0, 1);
        assertThat(result.settled()).isNull();
        assertThat(result.compilerCoresPerRound()).isEmpty();
    }

    @Test
    void readsUserAndSystemTicksOfAThreadsStatLine() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...; the name
        // may hold spaces and parentheses.
        String stat = "4711 (C2 Compi) (x)) S 1 4700 4700 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 40 0 300 0";

        assertThat(CpuUse.statTicks(stat)).isEqualTo(1290);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsTheCompilerThreadsOfARunningProcess() {
        // This JVM has compiled the test framework on its way here, so its compiler threads exist and have used CPU.
        Map<Long, Long> threads = CpuUse.compilerThreads(SELF);

        assertThat(threads).isNotEmpty();
        assertThat(threads.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(CpuUse.compilerThreads(Long.MAX_VALUE)).isNull();
    }
}
