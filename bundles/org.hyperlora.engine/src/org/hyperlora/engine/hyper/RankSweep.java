package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingStage;

/**
 * Picks a LoRA rank (the paper leaves it to the user): fits adapters of each candidate rank at some parameter
 * values and recommends the smallest rank whose geometric-mean physics loss is within a factor of 2 of the best
 * rank's. It needs no reference solution, only the PDE.
 */
public final class RankSweep {

    /** Factor on the best rank's loss within which a smaller rank is preferred. */
    public static final double TOLERANCE = 2.0;

    /** One candidate rank: its adapter, fits and geometric-mean final loss. */
    public record Entry(int rank, LoraAdapter adapter, List<InstanceFits.Fit> fits, double geometricMeanLoss) {
    }

    /** All candidates in the order given, and the recommended rank. */
    public record Result(List<Entry> entries, int recommendedRank) {
    }

    private RankSweep() {
    }

    /**
     * Fits rank-r adapters (biases frozen) on {@code baseWeights} at each of {@code values} for every r in
     * {@code ranks}, {@code workers} fits at a time.
     */
    public static Result run(PinnProblem problem, Supplier<Mlp> networks, Mlp base, double[] baseWeights,
            List<Integer> ranks, double[][] values, List<TrainingStage> stages, int workers, long seed,
            TrainingListener listener) {
        if (ranks.isEmpty() || values.length == 0) {
            throw new IllegalArgumentException("a rank sweep needs at least one rank and one parameter value, got "
                    + ranks + " and " + values.length + " values");
        }
        List<Entry> entries = new ArrayList<>();
        for (int rank : ranks) {
            LoraAdapter lora = LoraAdapter.uniform(base, baseWeights, rank, false);
            List<InstanceFits.Job> jobs = new ArrayList<>();
            for (double[] lambda : values) {
                jobs.add(new InstanceFits.Job(lambda, lora, lora.initialTrainable(seed), stages));
            }
            List<InstanceFits.Fit> fits = InstanceFits.run(problem, networks, jobs, workers, listener);
            double meanLog = fits.stream().mapToDouble(f -> Math.log(f.result().loss())).average().orElseThrow();
            entries.add(new Entry(rank, lora, fits, Math.exp(meanLog)));
        }
        double[] losses = entries.stream().mapToDouble(Entry::geometricMeanLoss).toArray();
        return new Result(entries, recommend(ranks, losses));
    }

    /**
     * The smallest rank whose loss is within {@link #TOLERANCE} of the lowest finite loss; NaN losses never
     * qualify, and without any finite loss the largest rank is returned.
     */
    public static int recommend(List<Integer> ranks, double[] losses) {
        if (ranks.size() != losses.length || ranks.isEmpty()) {
            throw new IllegalArgumentException(ranks.size() + " ranks but " + losses.length + " losses");
        }
        double best = Double.POSITIVE_INFINITY;
        for (double loss : losses) {
            if (loss < best) {
                best = loss;
            }
        }
        if (!Double.isFinite(best)) {
            return ranks.get(ranks.size() - 1);
        }
        int chosen = -1;
        for (int r = 0; r < losses.length; r++) {
            if (losses[r] <= TOLERANCE * best && (chosen < 0 || ranks.get(r) < ranks.get(chosen))) {
                chosen = r;
            }
        }
        return ranks.get(chosen < 0 ? ranks.size() - 1 : chosen);
    }
}
