package io.mesorecords.bench;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds every projection from zero ({@code POST /admin/projections/rebuild}) and waits until each has replayed the
 * whole store, sampling the backend's heap ({@code jvm.memory.used}, area heap) and resident set size meanwhile.
 *
 * <p>The projections are first let reach the store's head, untimed: a reset replays up to where the processor stood
 * when it was asked, and whatever lies beyond is handled as live events. A data set kept right after its load has
 * projections still catching up (round 16: tokens at 919,163 of 1,300,000), so without this a third of a "rebuild"
 * was live processing of a clinic's day, not a replay.
 */
final class Rebuild {

    record Result(
            long events,
            int projections,
            double catchUpSeconds,
            double seconds,
            double eventsPerSecond,
            double peakHeapMiB,
            double peakRssMiB,
            double maxHeapMiB) {}

    private Rebuild() {}

    static Result run(Api api, BackendProcess backend, Duration limit) throws Exception {
        long head = head(api);
        long catchUpStarted = System.nanoTime();
        waitUntilCaughtUp(api, head, catchUpStarted + limit.toNanos());
        double catchUpSeconds = (System.nanoTime() - catchUpStarted) / 1e9;
        long started = System.nanoTime();
        Api.Reply accepted = api.post("/admin/projections/rebuild", "");
        if (!accepted.ok()) {
            throw new IllegalStateException("rebuild refused: " + accepted.status() + " " + accepted.body());
        }
        long deadline = started + limit.toNanos();
        double peakHeap = 0;
        double peakRss = 0;
        int projections = 0;
        while (true) {
            peakHeap = Math.max(peakHeap, heapMiB(api));
            peakRss = Math.max(peakRss, backend.rssMiB());
            JsonNode statuses = api.get("/admin/projections").json();
            projections = statuses.size();
            if (allCaughtUp(statuses, head)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuild not finished within " + limit + ": " + statuses);
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = head + 1;
        return new Result(
                events,
                projections,
                catchUpSeconds,
                seconds,
                events / seconds,
                peakHeap,
                Math.max(peakRss, backend.peakRssMiB()),
                api.metric("jvm.memory.max", "area:heap") / (1024 * 1024));
    }

    private static void waitUntilCaughtUp(Api api, long head, long deadline) throws Exception {
        while (true) {
            JsonNode statuses = api.get("/admin/projections").json();
            if (allCaughtUp(statuses, head)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections not at the head before the rebuild: " + statuses);
            }
            Thread.sleep(200);
        }
    }

    static long head(Api api) throws Exception {
        JsonNode statuses = api.get("/admin/projections").json();
        long head = -1;
        for (JsonNode status : statuses) {
            head = Math.max(head, status.get("head").asLong());
        }
        return head;
    }

    static double heapMiB(Api api) throws Exception {
        return api.metric("jvm.memory.used", "area:heap") / (1024 * 1024);
    }

    /**
     * Every projection has reached the head. Not "replaying == false": Axon keeps a replay token until an event beyond
     * the reset position arrives, so a finished replay still reads as replaying.
     */
    private static boolean allCaughtUp(JsonNode statuses, long head) {
        for (JsonNode status : statuses) {
            boolean claimed = status.get("behind").asLong() >= 0;
            if (!claimed
                    || status.get("error").asBoolean()
                    || status.get("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }
}
