package modernization.common.persistence;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a job whenever asked, never twice at once: a request while it runs makes it run once more
 * when done, so no request is lost and a burst of requests costs one or two runs.
 */
public final class Coalescing {

    private final Runnable job;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public Coalescing(Runnable job) {
        this.job = job;
    }

    /** Runs the job on the calling thread, or leaves it to the run in progress. */
    public void run() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                job.run();
            } finally {
                running.set(false);
            }
        }
    }
}
