package org.hyperlora.engine.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * How the engine uses the cores: a network's points are split into shards that run forward and backward
 * on their own threads, and every GEMM runs single-threaded inside its shard. Measured on this project's
 * 2-core machine, OpenBLAS's own threading costs 50-100 µs of wake-up per call and loses to one thread
 * for most PINN-sized products (e.g. 2000×64×64: 1.15 ms with two threads, 0.76 ms with one), and the
 * elementwise work between the GEMMs, which OpenBLAS cannot parallelize, is half of a training step.
 * <p>
 * {@link #setThreads} changes the shard count for workspaces created afterwards; set it to 1 when running
 * independent trainings side by side (one per core).
 */
public final class Parallelism {

    /** Fewer points than this per shard is not worth a thread hand-off. */
    public static final int MIN_POINTS_PER_SHARD = 256;

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static ExecutorService pool;
    private static int poolSize;
    private static boolean blasSingleThreaded;

    private Parallelism() {
    }

    /** Shards per workspace for workspaces created from now on. */
    public static int threads() {
        return threads;
    }

    public static void setThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + count);
        }
        threads = count;
    }

    /** A setting in force until closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final Object SINGLE_LOCK = new Object();
    private static int singleUsers;
    private static int threadsBefore;

    /**
     * While several networks train side by side on a pool (per-instance fits), each must run on one shard: the
     * pool is the parallelism. Callers may overlap (two studies, a workflow and a training job): the first sets
     * one shard and remembers the setting, the last one to close restores it.
     */
    public static Scope singleShardWhileParallel() {
        synchronized (SINGLE_LOCK) {
            if (singleUsers++ == 0) {
                threadsBefore = threads;
                setThreads(1);
            }
        }
        return new Scope() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (SINGLE_LOCK) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    if (--singleUsers == 0) {
                        setThreads(threadsBefore);
                    }
                }
            }
        };
    }

    /** One line for diagnostics: shard threads, GEMM threading, how elementwise loops reach memory. */
    public static String describe() {
        return threads + " shard threads, single-threaded OpenBLAS GEMMs, elementwise access "
                + (Vec.directAccess() ? "direct (sun.misc.Unsafe)" : "through NIO buffers (sun.misc.Unsafe unavailable)")
                + ", kernels (tanh, activation adjoint, float32 conversion) " + Kernels.describe();
    }

    /** Runs task(0..count-1), task 0 on the calling thread, the rest on pool threads; rethrows failures. */
    public static void run(int count, IntConsumer task) {
        ensureBlasSingleThreaded();
        if (count == 1) {
            task.accept(0);
            return;
        }
        ExecutorService executor = pool(count - 1);
        List<Future<?>> pending = new ArrayList<>(count - 1);
        for (int k = 1; k < count; k++) {
            int shard = k;
            pending.add(executor.submit(() -> task.accept(shard)));
        }
        RuntimeException failure = null;
        try {
            task.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a network shard", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static synchronized ExecutorService pool(int needed) {
        if (pool == null || poolSize < needed) {
            // the old pool is not shut down: another training may be about to submit to it; its idle
            // daemon threads cost nothing
            poolSize = needed;
            pool = Executors.newFixedThreadPool(needed, runnable -> {
                Thread thread = new Thread(runnable, "hyperlora-shard");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    private static synchronized void ensureBlasSingleThreaded() {
        if (!blasSingleThreaded) {
            // OpenBLAS loads here when nothing loaded it before: through the runtime, which chooses the kernels
            // first (BlasKernels); loaded directly, it would run other kernels than after ND4J's start, and the
            // numbers of a computation would depend on which class happened to touch OpenBLAS first
            org.hyperlora.nd4j.Nd4jRuntime.initialize();
            openblas_nolapack.blas_set_num_threads(1);
            blasSingleThreaded = true;
        }
    }
}
