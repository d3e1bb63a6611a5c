package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.optim.DifferentiableObjective;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.WeightMap;

/**
 * The loss of a hypernetwork as a function of its own parameters φ:
 * {@code physicsWeight · mean_k L_PINN(map(H_φ(λ_k)); λ_k) + regressionWeight · Σ|H_φ(λ_i) − θ*_i|² / Σ|θ*_i|²}.
 * The first term is the physics-informed loss of the networks H generates, on a batch of λ anywhere in the
 * range; the second regresses H onto per-instance fits θ*_i at the training values λ_i (relative squared
 * error, so its weight does not depend on the size of the weights). Gradients flow through the PINN loss,
 * the weight map and H.
 */
public final class HyperObjective implements DifferentiableObjective {

    private final Hypernetwork hypernetwork;
    private final WeightMap weightMap;
    private final PinnLoss loss;
    private final double[][] regressionLambdas;
    private final double[][] regressionTargets;
    private final double regressionScale;
    private double[][] physicsLambdas = new double[0][];
    private double physicsWeight;
    private double regressionWeight;
    private double lastPhysics = Double.NaN;
    private double lastRegression = Double.NaN;
    private final double[] networkWeights;
    private final double[] networkGradient;
    /** Makes copies of the loss for batches spread over the cores (null: one λ after another). */
    private Supplier<PinnLoss> replicaFactory;
    private final List<PinnLoss> replicas = new ArrayList<>();

    /**
     * @param loss              a loss over a network of the weight map's shape; its PDE parameters are moved
     *                          to each λ of a batch in turn
     * @param regressionLambdas training values (may be empty when only physics is used)
     * @param regressionTargets the fitted vectors at those values, each of {@link WeightMap#trainableCount()}
     */
    public HyperObjective(Hypernetwork hypernetwork, WeightMap weightMap, PinnLoss loss, double[][] regressionLambdas,
            double[][] regressionTargets) {
        if (hypernetwork.outputCount() != weightMap.trainableCount()) {
            throw new IllegalArgumentException("the hypernetwork predicts " + hypernetwork.outputCount()
                    + " values but the weight map takes " + weightMap.trainableCount());
        }
        if (weightMap.networkParameterCount() != loss.network().parameterCount()) {
            throw new IllegalArgumentException("the weight map makes " + weightMap.networkParameterCount()
                    + " weights but the loss's network has " + loss.network().parameterCount());
        }
        if (regressionLambdas.length != regressionTargets.length) {
            throw new IllegalArgumentException(regressionLambdas.length + " training values but "
                    + regressionTargets.length + " fitted weight vectors");
        }
        double scale = 0;
        for (int i = 0; i < regressionTargets.length; i++) {
            if (regressionTargets[i].length != weightMap.trainableCount()) {
                throw new IllegalArgumentException("fitted weights " + (i + 1) + " have " + regressionTargets[i].length
                        + " entries, expected " + weightMap.trainableCount());
            }
            for (double v : regressionTargets[i]) {
                scale += v * v;
            }
        }
        this.hypernetwork = hypernetwork;
        this.weightMap = weightMap;
        this.loss = loss;
        this.regressionLambdas = deepCopy(regressionLambdas);
        this.regressionTargets = deepCopy(regressionTargets);
        this.regressionScale = scale > 0 ? scale : 1;
        networkWeights = new double[weightMap.networkParameterCount()];
        networkGradient = new double[weightMap.networkParameterCount()];
    }

    /** Sets the term weights; either may be 0 (but not both). */
    public void setWeights(double physics, double regression) {
        if (!(physics >= 0 && regression >= 0 && physics + regression > 0) || Double.isInfinite(physics + regression)) {
            throw new IllegalArgumentException("physics and weight-regression weights must be finite, >= 0 and not both 0, got "
                    + physics + " and " + regression);
        }
        if (regression > 0 && regressionLambdas.length == 0) {
            throw new IllegalArgumentException("weight regression needs per-instance fits, and none were given");
        }
        physicsWeight = physics;
        regressionWeight = regression;
    }

    /**
     * The λ at which the physics loss is evaluated from now on. The values where the loss has solution data (its
     * {@linkplain PinnLoss#valuesWithGroups() groups at parameter values}) are added to every batch: only there do
     * the generated networks meet the data term.
     */
    public void setPhysicsBatch(double[][] lambdas) {
        List<double[]> batch = new ArrayList<>(Arrays.asList(deepCopy(lambdas)));
        for (double[] withData : loss.valuesWithGroups()) {
            if (batch.stream().noneMatch(lambda -> Arrays.equals(lambda, withData))) {
                batch.add(withData);
            }
        }
        physicsLambdas = batch.toArray(double[][]::new);
    }

    /**
     * The mean physics loss of the networks H generates at {@code lambdas}, for parameters {@code parameters}
     * (for validation). The batch, the term weights, H's parameters and the loss's PDE parameters are as before
     * on return.
     */
    public double meanPhysicsLoss(double[] parameters, double[][] lambdas) {
        double[] previousParameters = hypernetwork.parameters();
        double[] previousPde = loss.pdeParameters();
        try {
            hypernetwork.setParameters(parameters);
            double[][] predicted = hypernetwork.predict(lambdas);
            double sum = 0;
            for (PhysicsTerm term : physicsTerms(predicted, lambdas, lambdas.length, false)) {
                sum += term.value();
            }
            return sum / lambdas.length;
        } finally {
            hypernetwork.setParameters(previousParameters);
            loss.setPdeParameters(previousPde);
        }
    }

    public double lastPhysicsLoss() {
        return lastPhysics;
    }

    public double lastRegressionLoss() {
        return lastRegression;
    }

    @Override
    public double valueAndGradient(double[] parameters, double[] gradientOut) {
        hypernetwork.setParameters(parameters);
        int physicsCount = physicsWeight > 0 ? physicsLambdas.length : 0;
        int regressionCount = regressionWeight > 0 ? regressionLambdas.length : 0;
        if (physicsCount + regressionCount == 0) {
            throw new IllegalStateException("set a physics batch before evaluating a physics-only hypernetwork loss");
        }
        double[][] rows = new double[physicsCount + regressionCount][];
        System.arraycopy(physicsLambdas, 0, rows, 0, physicsCount);
        System.arraycopy(regressionLambdas, 0, rows, physicsCount, regressionCount);
        double[][] predicted = hypernetwork.predict(rows);
        double[][] adjoints = gradientOut == null ? null : new double[rows.length][];
        double physics = 0;
        PhysicsTerm[] terms = physicsTerms(predicted, physicsLambdas, physicsCount, gradientOut != null);
        for (int k = 0; k < physicsCount; k++) {
            physics += terms[k].value() / physicsCount;
            if (gradientOut != null) {
                adjoints[k] = terms[k].adjoint();
                scale(adjoints[k], physicsWeight / physicsCount);
            }
        }
        double regression = 0;
        for (int i = 0; i < regressionCount; i++) {
            double[] row = predicted[physicsCount + i];
            double[] target = regressionTargets[i];
            double[] adjoint = gradientOut == null ? null : new double[row.length];
            for (int j = 0; j < row.length; j++) {
                double difference = row[j] - target[j];
                regression += difference * difference / regressionScale;
                if (adjoint != null) {
                    adjoint[j] = regressionWeight * 2 * difference / regressionScale;
                }
            }
            if (adjoints != null) {
                adjoints[physicsCount + i] = adjoint;
            }
        }
        lastPhysics = physicsCount > 0 ? physics : Double.NaN;
        lastRegression = regressionCount > 0 ? regression : Double.NaN;
        double total = physicsWeight * (physicsCount > 0 ? physics : 0) + regressionWeight * regression;
        if (gradientOut != null) {
            if (Double.isFinite(total)) {
                hypernetwork.backward(adjoints, gradientOut);
            } else {
                Arrays.fill(gradientOut, Double.NaN);
            }
        }
        return total;
    }

    /**
     * Evaluates the physics term of each λ of a batch on its own copy of the loss, the batch spread over the cores
     * (one single-threaded PINN pass per λ instead of one λ after another): {@code replicas} makes a loss like the
     * one given to the constructor (same points and terms, its own network and buffers). The sums are formed in
     * batch order afterwards, so the numbers do not depend on which thread finished first.
     */
    public HyperObjective spreadBatchesOverCores(Supplier<PinnLoss> replicas) {
        this.replicaFactory = replicas;
        return this;
    }

    /** One λ's physics loss, and its adjoint on the hypernetwork's output (null for values only). */
    private record PhysicsTerm(double value, double[] adjoint) {
    }

    /** The physics terms of a batch, in batch order: in parallel when copies of the loss are available. */
    private PhysicsTerm[] physicsTerms(double[][] predicted, double[][] lambdas, int count, boolean gradient) {
        PhysicsTerm[] terms = new PhysicsTerm[count];
        int workers = replicaFactory == null ? 1 : Math.min(count, Parallelism.threads());
        if (workers < 2) {
            double[] previousPde = loss.pdeParameters();
            try {
                for (int k = 0; k < count; k++) {
                    terms[k] = physicsTerm(loss, predicted[k], lambdas[k], gradient, networkWeights, networkGradient);
                }
            } finally {
                loss.setPdeParameters(previousPde); // the loss is the caller's: leave it at its PDE parameters
            }
            return terms;
        }
        try (Parallelism.Scope single = Parallelism.singleShardWhileParallel()) {
            while (replicas.size() < workers) {
                replicas.add(replicaFactory.get()); // its buffers are made on first use, single-sharded here
            }
            double[] termWeights = loss.termWeights();
            Parallelism.run(workers, worker -> {
                PinnLoss replica = replicas.get(worker);
                replica.setTermWeights(termWeights);
                double[] weights = new double[networkWeights.length];
                double[] weightGradient = new double[networkWeights.length];
                for (int k = count * worker / workers; k < count * (worker + 1) / workers; k++) {
                    terms[k] = physicsTerm(replica, predicted[k], lambdas[k], gradient, weights, weightGradient);
                }
            });
        }
        return terms;
    }

    private PhysicsTerm physicsTerm(PinnLoss on, double[] predicted, double[] lambda, boolean gradient,
            double[] weights, double[] weightGradient) {
        weightMap.networkWeights(predicted, weights);
        on.setPdeParameters(lambda);
        double value = on.valueAndGradient(weights, gradient ? weightGradient : null);
        if (!gradient) {
            return new PhysicsTerm(value, null);
        }
        double[] adjoint = new double[weightMap.trainableCount()];
        weightMap.pullBack(predicted, weightGradient, adjoint);
        return new PhysicsTerm(value, adjoint);
    }

    private static void scale(double[] values, double factor) {
        for (int j = 0; j < values.length; j++) {
            values[j] *= factor;
        }
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
