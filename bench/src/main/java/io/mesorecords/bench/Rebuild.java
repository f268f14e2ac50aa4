package io.mesorecords.bench;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds every projection from zero ({@code POST /admin/projections/rebuild}) and waits until each has replayed the
 * whole store, sampling the backend's heap ({@code jvm.memory.used}, area heap) and resident set size meanwhile.
 *
 * <p>The projections are first let reach the store's head, untimed ({@link #catchUp}): a reset replays up to where the processor stood
 * when it was asked, and whatever lies beyond is handled as live events. A data set kept right after its load has
 * projections still catching up (round 16: tokens at 919,163 of 1,300,000), so without this a third of a "rebuild"
 * was live processing of a clinic's day, not a replay.
 */
final class Rebuild {

    record Result(
            long events,
            int projections,
            double seconds,
            double eventsPerSecond,
            double peakHeapMiB,
            double peakRssMiB,
            double maxHeapMiB) {}

    /** Called at every look at the projections' statuses while waiting for them. */
    private interface Poll {
        void seen(JsonNode statuses) throws Exception;
    }

    private Rebuild() {}

    /**
     * Waits until every projection is at the store's head and returns how long that took. Called before the rebuild's
     * CPU and GC window opens, so that this live processing is in none of the rebuild's figures.
     */
    static double catchUp(Api api, Duration limit) throws Exception {
        long started = System.nanoTime();
        await(api, head(api), started + limit.toNanos(), "projections not at the head before the rebuild", s -> {});
        return (System.nanoTime() - started) / 1e9;
    }

    static Result run(Api api, BackendProcess backend, Duration limit) throws Exception {
        long head = head(api);
        long started = System.nanoTime();
        Api.Reply accepted = api.post("/admin/projections/rebuild", "");
        if (!accepted.ok()) {
            throw new IllegalStateException("rebuild refused: " + accepted.status() + " " + accepted.body());
        }
        double[] peakHeap = {0};
        double[] peakRss = {0};
        int[] projections = {0};
        await(api, head, started + limit.toNanos(), "rebuild not finished within " + limit, statuses -> {
            peakHeap[0] = Math.max(peakHeap[0], heapMiB(api));
            peakRss[0] = Math.max(peakRss[0], backend.rssMiB());
            projections[0] = statuses.size();
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = head + 1;
        return new Result(
                events,
                projections[0],
                seconds,
                events / seconds,
                peakHeap[0],
                Math.max(peakRss[0], backend.peakRssMiB()),
                api.metric("jvm.memory.max", "area:heap") / (1024 * 1024));
    }

    private static void await(Api api, long head, long deadline, String failure, Poll poll) throws Exception {
        while (true) {
            JsonNode statuses = api.get("/admin/projections").json();
            poll.seen(statuses);
            if (allCaughtUp(statuses, head)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + ": " + statuses);
            }
            Thread.sleep(100);
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
