package io.mesorecords.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GcPausesTest {

    /** Lines as JDK 17's G1 writes them with {@code -Xlog:gc:file=...:timemillis}. */
    private static final List<String> LOG = List.of(
            "[1796526709551ms] Using G1",
            "[1796526715421ms] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 6M->3M(64M) 13.762ms",
            "[1796526716116ms] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 7M->3M(64M) 91.934ms",
            "[1796526716200ms] GC(1) Concurrent Mark Cycle 213.252ms",
            "[1796526716300ms] GC(1) Pause Remark 22M->22M(56M) 0.905ms",
            "[1796526716400ms] GC(1) Pause Cleanup 22M->22M(56M) 0.105ms",
            "[1796526720834ms] GC(2) Pause Full (System.gc()) 41M->22M(56M) 106.892ms");

    @Test
    void readsEveryPauseAndNothingElse() {
        List<GcPauses.Pause> pauses = GcPauses.parse(LOG);

        assertThat(pauses)
                .containsExactly(
                        new GcPauses.Pause(1796526715421L, "Pause Young (Normal) (G1 Evacuation Pause)", 13.762),
                        new GcPauses.Pause(
                                1796526716116L, "Pause Young (Concurrent Start) (G1 Humongous Allocation)", 91.934),
                        new GcPauses.Pause(1796526716300L, "Pause Remark", 0.905),
                        new GcPauses.Pause(1796526716400L, "Pause Cleanup", 0.105),
                        new GcPauses.Pause(1796526720834L, "Pause Full (System.gc())", 106.892));
    }

    @Test
    void countsThePausesThatEndedWithinTheWindow() {
        Map<String, Object> figures = GcPauses.between(GcPauses.parse(LOG), 1796526716000L, 1796526717000L);

        assertThat(figures.get("pauses")).isEqualTo(3);
        assertThat((double) figures.get("totalMs")).isCloseTo(92.944, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.get("maxMs")).isEqualTo(91.934);
        assertThat((double) figures.get("pausedShare")).isCloseTo(0.092944, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.get("byKind"))
                .isEqualTo(Map.of(
                        "Pause Young (Concurrent Start) (G1 Humongous Allocation)", 1,
                        "Pause Remark", 1,
                        "Pause Cleanup", 1));
    }

    @Test
    void aWindowWithoutPausesHasNone() {
        Map<String, Object> figures = GcPauses.between(GcPauses.parse(LOG), 0, 1000);

        assertThat(figures.get("pauses")).isEqualTo(0);
        assertThat(figures.get("maxMs")).isEqualTo(0.0);
    }
}
