package dev.ocfcloud.testkit;

import io.vertx.core.Handler;
import io.vertx.core.internal.threadchecker.BlockedThreadEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vert.x's blocked-thread handler. The checker reports a blocked thread again at every
 * check while it stays blocked; this keeps one report per blocking episode (with its longest
 * duration), logs the episode once as a warning with the blocked thread's stack, and lets a test be
 * failed for it afterwards. Called on the checker's timer thread.
 */
final class BlockedThreadRecorder implements Handler<BlockedThreadEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(BlockedThreadRecorder.class);

    private final List<Episode> episodes = new ArrayList<>();
    private final Map<Thread, Episode> ongoing = new HashMap<>();

    @Override
    public synchronized void handle(BlockedThreadEvent event) {
        Episode previous = ongoing.get(event.thread());
        Episode current = Episode.of(event);
        if (previous != null && current.blockedMillis() > previous.blockedMillis()) {
            // Still the same episode: the thread has not run an event since the last report.
            episodes.set(episodes.lastIndexOf(previous), current);
        } else {
            LOG.warn(current.report(), new BlockedThreadStack(event.thread()));
            episodes.add(current);
        }
        ongoing.put(event.thread(), current);
    }

    /** One line per blocking episode so far, oldest first. */
    synchronized List<String> reports() {
        return episodes.stream().map(Episode::report).toList();
    }

    private record Episode(String threadName, long blockedMillis, long limitMillis) {
        static Episode of(BlockedThreadEvent event) {
            return new Episode(
                    event.thread().getName(),
                    TimeUnit.NANOSECONDS.toMillis(event.duration()),
                    TimeUnit.NANOSECONDS.toMillis(event.maxExecTime()));
        }

        String report() {
            return "Thread " + threadName + " has been blocked for " + blockedMillis + " ms, time limit is "
                    + limitMillis + " ms";
        }
    }

    /** Carries the blocked thread's stack into the log, as Vert.x's own warning does. */
    private static final class BlockedThreadStack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BlockedThreadStack(Thread thread) {
            super("where " + thread.getName() + " was blocked", null, false, true);
            setStackTrace(thread.getStackTrace());
        }
    }
}
