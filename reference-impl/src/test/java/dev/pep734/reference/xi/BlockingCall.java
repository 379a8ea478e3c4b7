package dev.pep734.reference.xi;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;

/**
 * A blocking call run on a daemon thread of its own, so that a test can tell when the call has got as far as
 * waiting: {@link #awaitWaiting()} instead of a sleep that hopes the thread got there (on a loaded machine it
 * may not have started yet).
 */
final class BlockingCall<T> {

    /** How long a call may take to reach its wait before the test gives up; generous for a loaded machine. */
    private static final long REACH_WAIT_SECONDS = 30;

    interface Call<T> {
        T run() throws Exception;
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Thread thread;

    private BlockingCall(Call<T> call) {
        thread = new Thread(() -> {
            try {
                result.complete(call.run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "blocking-call");
        thread.setDaemon(true);
    }

    static <T> BlockingCall<T> start(Call<T> call) {
        BlockingCall<T> blocking = new BlockingCall<>(call);
        blocking.thread.start();
        return blocking;
    }

    /**
     * Waits until the call's thread waits on a condition with no time limit (Thread.State.WAITING, parked by a
     * Condition's await(), which only a signal ends), and fails if the call returns instead or does not get there
     * in time. A call that polls (sleeps, or waits with a timeout) is TIMED_WAITING or RUNNABLE and never passes.
     */
    BlockingCall<T> awaitWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(REACH_WAIT_SECONDS);
        while (!waitsOnACondition()) {
            if (result.isDone()) {
                fail("the call returned instead of waiting: " + describe());
            }
            if (System.nanoTime() > deadline) {
                fail("the call did not wait within " + REACH_WAIT_SECONDS + " s; its thread is " + thread.getState());
            }
            Thread.sleep(1);
        }
        return this;
    }

    private boolean waitsOnACondition() {
        return thread.getState() == Thread.State.WAITING
                && LockSupport.getBlocker(thread) instanceof AbstractQueuedSynchronizer.ConditionObject;
    }

    /** What the call ended with, once it has. */
    CompletableFuture<T> result() {
        return result;
    }

    private String describe() {
        try {
            return String.valueOf(result.getNow(null));
        } catch (RuntimeException e) {
            return e.getCause() == null ? e.toString() : e.getCause().toString();
        }
    }
}
