package io.mesorecords.bench;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds every projection from zero ({@code POST /admin/projections/rebuild}) and waits until each has replayed the
 * whole store, sampling the backend's heap ({@code jvm.memory.used}, area heap) and resident set size meanwhile.
 *
 * <p>The projections are first let reach the store's head, untimed ({@link #catchUp}): a reset replays up to where the
 * processor stood when it was asked, and whatever lies beyond is handled as live events. A data set kept right after its load has
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
     * A wait for the projections to reach the head: how long it took and how many events the furthest behind had
     * left when it began.
     */
    record CatchUp(double seconds, long events) {

        /** The rate at which the slowest projection handled its live events; 0 when none were left. */
        double eventsPerSecond() {
            return events == 0 || seconds == 0 ? 0 : events / seconds;
        }
    }

    /**
     * Waits until every projection is at the store's head. Called after a load, whose commands are answered before
     * their events are projected, and before the rebuild's CPU and GC window opens, so that this live processing is in
     * none of the rebuild's figures.
     */
    static CatchUp catchUp(Api api, Duration limit, String failure) throws Exception {
        long started = System.nanoTime();
        JsonNode statuses = statuses(api);
        long head = head(statuses);
        long slowest = Long.MAX_VALUE;
        for (JsonNode status : statuses) {
            slowest = Math.min(slowest, status.get("position").asLong());
        }
        await(api, head, started + limit.toNanos(), failure, s -> {});
        return new CatchUp((System.nanoTime() - started) / 1e9, Math.max(0, head - Math.max(slowest, -1)));
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
            JsonNode statuses = statuses(api);
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

    /**
     * The projections' statuses. Projections catching up may keep the node busy past one request's time-out (round 5:
     * the data set was loaded, the run broke on this read), so it is asked again.
     */
    private static JsonNode statuses(Api api) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.get("/admin/projections").json();
            } catch (java.net.SocketTimeoutException busy) {
                if (attempt == 5) {
                    throw busy;
                }
            }
        }
    }

    static long head(Api api) throws Exception {
        return head(statuses(api));
    }

    private static long head(JsonNode statuses) {
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
