package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.ertstorage.adapter.http.error.ApiError;

/**
 * Counts the requests being served so that a shutdown can let them finish: once draining, new
 * requests on connections that are still open answer 503 and the server waits for the count to reach zero.
 */
public final class InFlightRequests {

    private static final String COUNTED = "ert-storage.in-flight";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int count;
    private volatile boolean draining;

    /** Runs before every handler. */
    public void enter(Context ctx) {
        lock.lock();
        try {
            if (draining) {
                ctx.header("Connection", "close");
                throw new ApiError(503, "The server is shutting down; retry on another instance");
            }
            count++;
            ctx.attribute(COUNTED, Boolean.TRUE);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs once the answer is written, for every request, counted or not. While draining, the
     * answer's last bytes are flushed first: the servlet would flush them only after this returns,
     * and the server may stop as soon as the count reaches zero, cutting them off.
     */
    public void leave(Context ctx) {
        if (ctx.attribute(COUNTED) == null) {
            return;
        }
        if (draining) {
            try {
                ctx.res().flushBuffer();
            } catch (IOException clientGone) {
                // Nothing left to deliver to.
            }
        }
        lock.lock();
        try {
            count--;
            if (count == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many requests are being served now. */
    public int count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new requests from now on and waits until those in flight are answered.
     *
     * @return how many requests were still running when the time was up
     */
    public int drain(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            draining = true;
            long left = timeout.toNanos();
            while (count > 0 && left > 0) {
                left = idle.awaitNanos(left);
            }
            return count;
        } finally {
            lock.unlock();
        }
    }
}
