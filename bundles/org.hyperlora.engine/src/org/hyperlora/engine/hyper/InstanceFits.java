package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * op runs in the training step, so the cores are not oversubscribed.
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

    /** A finished fit: the result (trained vector) and the network weights it stands for. */
    public record Fit(double[] lambda, TrainingResult result, double[] networkWeights) {
    }

    private InstanceFits() {
    }

    /**
     * Runs the jobs; results in job order. {@code listener} is asked for cancellation by every fit and told
     * each fit's progress; {@code networks} makes a fresh network of the right shape per fit.
     */
    public static List<Fit> run(PinnProblem problem, Supplier<Mlp> networks, List<Job> jobs, int workers,
            TrainingListener listener) {
        List<Callable<Fit>> tasks = new ArrayList<>();
        for (Job job : jobs) {
            tasks.add(() -> fit(problem, networks.get(), job, listener));
        }
        return inPool(workers, tasks);
    }

    /**
     * Continuation: fits along each chain of parameter values in order, each fit starting from the previous
     * one's result (the first from {@code start}); chains run in parallel. Neighbouring solutions are close,
     * so each fit starts near its answer and the fitted vectors vary smoothly along the chain, which is
     * what a hypernetwork regressing them needs (a low-rank factorization is not unique: independent
     * fits may land on different factors of similar products). Results in chain order.
     */
    public static List<List<Fit>> runChains(PinnProblem problem, Supplier<Mlp> networks, List<double[][]> chains,
            WeightMap map, double[] start, List<TrainingStage> stages, int workers, TrainingListener listener) {
        List<Callable<List<Fit>>> tasks = new ArrayList<>();
        for (double[][] chain : chains) {
            tasks.add(() -> {
                Mlp network = networks.get();
                List<Fit> fits = new ArrayList<>();
                double[] current = start.clone();
                for (double[] lambda : chain) {
                    Fit fit = fit(problem, network, new Job(lambda, map, current, stages), listener);
                    fits.add(fit);
                    current = fit.result().weights();
                }
                return fits;
            });
        }
        return inPool(workers, tasks);
    }

    /** Runs tasks on a bounded pool, one shard per network while more than one runs; results in task order. */
    private static <T> List<T> inPool(int workers, List<Callable<T>> tasks) {
        if (workers < 1) {
            throw new IllegalArgumentException("worker count must be >= 1, got " + workers);
        }
        if (tasks.isEmpty()) {
            return List.of();
        }
        int poolSize = Math.min(workers, tasks.size());
        Parallelism.Scope singleShard = poolSize > 1 ? Parallelism.singleShardWhileParallel() : () -> {
        };
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread thread = new Thread(runnable, "hyperlora-fit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> task : tasks) {
                pending.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pending) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for instance fits", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            singleShard.close();
        }
    }

    /** One fit on the calling thread. */
    public static Fit fit(PinnProblem problem, Mlp network, Job job, TrainingListener listener) {
        TrainingResult result = new Trainer(problem.loss(network, job.lambda()), job.stages(), job.map())
                .reportEvery(job.reportEvery()).train(job.initial(), job.listener() == null ? listener : job.listener());
        double[] weights = new double[job.map().networkParameterCount()];
        job.map().networkWeights(result.weights(), weights);
        return new Fit(job.lambda().clone(), result, weights);
    }
}
