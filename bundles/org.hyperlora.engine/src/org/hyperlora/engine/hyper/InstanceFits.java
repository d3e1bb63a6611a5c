package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.engine.train.WeightMap;

/**
 * Independent fits at many parameter values (full PINNs or LoRA adapters), run in parallel: a bounded pool
 * of {@code workers} threads, each fit single-threaded. Splitting fits, not points, across cores avoids the
 * per-step synchronisation of point shards; OpenBLAS is single-threaded (see {@link Parallelism}) and no ND4J
 * op runs in the training step, so the cores are not oversubscribed. The first failure (or a cancel) stops
 * the other fits at their next step, and the pool has stopped before a run returns or throws.
 */
public final class InstanceFits {

    /**
     * One fit: at {@code lambda}, train {@code map}'s vector from {@code initial} with {@code stages}; progress
     * goes to {@code listener} (null: the run's shared listener) every {@code reportEvery} steps. A job's own
     * listener replaces the shared one, cancellation included.
     */
    public record Job(double[] lambda, WeightMap map, double[] initial, List<TrainingStage> stages,
            TrainingListener listener, int reportEvery) {

        public Job(double[] lambda, WeightMap map, double[] initial, List<TrainingStage> stages) {
            this(lambda, map, initial, stages, null, Integer.MAX_VALUE);
        }
    }

    /**
     * A finished fit: the result (trained vector, loss) and the network weights it stands for; {@code reused}
     * when the vector came from {@link FitHook#find} (an earlier run's fit) rather than from training.
     */
    public record Fit(double[] lambda, TrainingResult result, double[] networkWeights, boolean reused) {
    }

    /** What a product adds around each fit of a continuation chain: reuse of earlier fits, and their storage. */
    public interface FitHook {

        FitHook NONE = new FitHook() {
        };

        /** The trained vector of an earlier fit at λ to reuse instead of fitting, or null. */
        default double[] find(double[] lambda, int length) throws Exception {
            return null;
        }

        /**
         * Called on the fit's thread when a fit has finished, before the chain goes on; throwing fails the run
         * (e.g. for a diverged fit), and the other fits stop.
         */
        default void finished(Fit fit) throws Exception {
        }
    }

    private InstanceFits() {
    }

    /**
     * Runs the jobs; results in job order. {@code listener} is asked for cancellation by every fit and told
     * each fit's progress; {@code networks} makes a fresh network of the right shape per fit.
     */
    public static List<Fit> run(PinnProblem problem, Supplier<Mlp> networks, List<Job> jobs, int workers,
            TrainingListener listener) {
        AtomicBoolean abort = new AtomicBoolean();
        List<Callable<Fit>> tasks = new ArrayList<>();
        for (Job job : jobs) {
            tasks.add(() -> train(problem, networks.get(), job, (job.listener() == null ? listener : job.listener())
                    .orCancelledWhen(abort::get)));
        }
        return inPool(workers, tasks, abort);
    }

    /**
     * Continuation: fits along each chain of parameter values in order, each fit starting from the previous
     * one's result (the first from {@code start}); chains run in parallel. Neighbouring solutions are close,
     * so each fit starts near its answer and the fitted vectors vary smoothly along the chain, which is
     * what a hypernetwork regressing them needs (a low-rank factorization is not unique: independent
     * fits may land on different factors of similar products). {@code hook} may supply fits of an earlier run
     * and is told of each finished one. Results in chain order.
     */
    public static List<List<Fit>> runChains(PinnProblem problem, Supplier<Mlp> networks, List<double[][]> chains,
            WeightMap map, double[] start, List<TrainingStage> stages, int workers, TrainingListener listener,
            FitHook hook) {
        AtomicBoolean abort = new AtomicBoolean();
        TrainingListener stoppable = listener.orCancelledWhen(abort::get);
        List<Callable<List<Fit>>> tasks = new ArrayList<>();
        for (double[][] chain : chains) {
            tasks.add(() -> {
                Mlp network = networks.get();
                List<Fit> fits = new ArrayList<>();
                double[] current = start.clone();
                for (double[] lambda : chain) {
                    double[] found = hook.find(lambda, map.trainableCount());
                    Fit fit = found != null ? reused(problem, network, map, lambda, found)
                            : train(problem, network, new Job(lambda, map, current, stages), stoppable);
                    hook.finished(fit);
                    fits.add(fit);
                    current = fit.result().weights();
                }
                return fits;
            });
        }
        return inPool(workers, tasks, abort);
    }

    /** The chains of a one-parameter range: the values above the reference ascending, those below descending. */
    public static List<double[][]> chainsFrom(ParameterRange range, double[] reference, double[][] values) {
        if (range.dimension() != 1) {
            // several parameters: no order to continue along, each value alone
            List<double[][]> alone = new ArrayList<>();
            for (double[] value : values) {
                alone.add(new double[][] { value });
            }
            return alone;
        }
        double middle = range.toUnit(reference)[0];
        List<double[]> up = new ArrayList<>();
        List<double[]> down = new ArrayList<>();
        for (double[] value : values) {
            (range.toUnit(value)[0] >= middle ? up : down).add(value);
        }
        up.sort((a, b) -> Double.compare(range.toUnit(a)[0], range.toUnit(b)[0]));
        down.sort((a, b) -> Double.compare(range.toUnit(b)[0], range.toUnit(a)[0]));
        List<double[][]> chains = new ArrayList<>();
        if (!up.isEmpty()) {
            chains.add(up.toArray(double[][]::new));
        }
        if (!down.isEmpty()) {
            chains.add(down.toArray(double[][]::new));
        }
        return chains;
    }

    /** A fit of an earlier run, with its physics loss measured again here. */
    private static Fit reused(PinnProblem problem, Mlp network, WeightMap map, double[] lambda, double[] trainable) {
        double[] weights = new double[map.networkParameterCount()];
        map.networkWeights(trainable, weights);
        network.setParameters(weights);
        double loss = problem.loss(network, lambda).value(weights);
        TrainingResult result = new TrainingResult(TrainingResult.Status.COMPLETED, "reused", trainable.clone(), loss,
                List.of(), new double[0], 0, 0, List.of(), List.of(), List.of());
        return new Fit(lambda.clone(), result, weights, true);
    }

    /**
     * Runs tasks on a bounded pool, one shard per network while more than one runs; results in task order. The
     * first failure sets {@code abort} (the fits stop at their next step) and is thrown once the pool has ended.
     */
    private static <T> List<T> inPool(int workers, List<Callable<T>> tasks, AtomicBoolean abort) {
        if (workers < 1) {
            throw new IllegalArgumentException("worker count must be >= 1, got " + workers);
        }
        if (tasks.isEmpty()) {
            return List.of();
        }
        int poolSize = Math.min(workers, tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "hyperlora-fit");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<T> completion = new ExecutorCompletionService<>(pool);
        try (Parallelism.Scope shards = poolSize > 1 ? Parallelism.singleShardWhileParallel() : () -> {
        }) {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> task : tasks) {
                pending.add(completion.submit(task));
            }
            try {
                for (int finished = 0; finished < tasks.size(); finished++) {
                    completion.take().get();
                }
                List<T> results = new ArrayList<>();
                for (Future<T> future : pending) {
                    results.add(future.get());
                }
                return results;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause.getMessage(), cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for instance fits", e);
            } finally {
                abort.set(true);
                pool.shutdown();
                awaitEnd(pool);
            }
        }
    }

    private static void awaitEnd(ExecutorService pool) {
        try {
            // a fit polls for cancellation every step: the pool ends within one step of each fit
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One fit on the calling thread; the job's own listener, if it has one, replaces {@code listener}. */
    public static Fit fit(PinnProblem problem, Mlp network, Job job, TrainingListener listener) {
        return train(problem, network, job, job.listener() == null ? listener : job.listener());
    }

    private static Fit train(PinnProblem problem, Mlp network, Job job, TrainingListener listener) {
        TrainingResult result = new Trainer(problem.loss(network, job.lambda()), job.stages(), job.map())
                .reportEvery(job.reportEvery()).train(job.initial(), listener);
        double[] weights = new double[job.map().networkParameterCount()];
        job.map().networkWeights(result.weights(), weights);
        return new Fit(job.lambda().clone(), result, weights, false);
    }
}
