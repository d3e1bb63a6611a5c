package org.hyperlora.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.DifferentiableObjective;

/**
 * The physics-informed loss Σ_t w_t · mean(r_t²) over all point groups, as a function of the network's
 * flat weights. One forward and one backward pass per group per evaluation. Groups {@linkplain AtParameters at
 * parameter values} (solution data known at a few values) count only while the loss is at their value: their terms
 * are always listed, and elsewhere they are 0 with no gradient.
 */
public final class PinnLoss implements DifferentiableObjective {

    private final Mlp network;
    private double[] pdeParameters;
    private final List<PointGroup> groups;
    private final List<String> termNames = new ArrayList<>();
    private final int[] groupOfTerm;
    private final int[] firstTermOfGroup;
    private final double[] termWeights;
    private final double[] lastTermLosses;
    private final double[] scratch;
    private final List<AtParameters> groupsAtParameters;
    /** The first term of the groups at parameter values (they all have the same terms); all terms when none. */
    private final int firstTermAtParameters;
    /** The group at parameter values of the current PDE parameters, or -1. */
    private int activeAtParameters = -1;
    /** Moves the points when the PDE parameters change (a domain whose shape depends on them), or null. */
    private PointMover pointMover;

    /** Samples a loss's groups anew, in place, at other parameter values. */
    @FunctionalInterface
    public interface PointMover {
        /** Moves the points of {@code groups} (the loss's, in order) to where they lie at {@code parameters}. */
        void move(List<PointGroup> groups, double[] parameters);
    }

    /**
     * A point group that belongs to one parameter vector, e.g. the rows of a data file at that value.
     *
     * @param parameters the PDE parameter values at which the group's terms count
     * @param group      its points and terms, with hard constraints prepared at {@code parameters} by the loss
     */
    public record AtParameters(double[] parameters, PointGroup group) {
        public AtParameters {
            parameters = parameters.clone();
        }
    }

    public PinnLoss(Mlp network, double[] pdeParameters, List<PointGroup> groups) {
        this(network, pdeParameters, groups, List.of());
    }

    /**
     * @param groupsAtParameters groups that count only at their own parameter values; all with the same terms
     */
    public PinnLoss(Mlp network, double[] pdeParameters, List<PointGroup> groups, List<AtParameters> groupsAtParameters) {
        this.network = network;
        this.pdeParameters = pdeParameters.clone();
        this.groups = new ArrayList<>(groups);
        firstTermOfGroup = new int[groups.size()];
        List<Integer> owners = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            firstTermOfGroup[g] = termNames.size();
            for (String term : groups.get(g).termNames()) {
                termNames.add(term);
                owners.add(g);
            }
        }
        this.groupsAtParameters = List.copyOf(groupsAtParameters);
        firstTermAtParameters = termNames.size();
        if (!this.groupsAtParameters.isEmpty()) {
            List<String> terms = this.groupsAtParameters.get(0).group().termNames();
            for (AtParameters at : this.groupsAtParameters) {
                if (!at.group().termNames().equals(terms)) {
                    throw new IllegalArgumentException("group '" + at.group().name() + "' has terms "
                            + at.group().termNames() + ", the first group at parameter values has " + terms);
                }
                if (at.parameters().length != pdeParameters.length) {
                    throw new IllegalArgumentException("group '" + at.group().name() + "' is at "
                            + at.parameters().length + " parameter values, the loss has " + pdeParameters.length);
                }
                at.group().prepare(at.parameters());
            }
            for (String term : terms) {
                termNames.add(term);
                owners.add(-1);
            }
        }
        activeAtParameters = indexAt(this.pdeParameters);
        groupOfTerm = owners.stream().mapToInt(Integer::intValue).toArray();
        termWeights = new double[termNames.size()];
        Arrays.fill(termWeights, 1.0);
        lastTermLosses = new double[termNames.size()];
        scratch = new double[network.parameterCount()];
        for (PointGroup group : this.groups) {
            // Hard constraints: evaluate g, d and their derivatives now, so that a bad point fails here.
            group.prepare(this.pdeParameters);
        }
    }

    public Mlp network() {
        return network;
    }

    public List<String> termNames() {
        return List.copyOf(termNames);
    }

    /** Whether term t is a PDE residual (see {@link LossTerm#isEquation()}). */
    public boolean isEquationTerm(int t) {
        int g = groupOfTerm[t];
        if (g < 0) {
            return false;
        }
        return groups.get(g).terms().get(t - firstTermOfGroup[g]).isEquation();
    }

    public List<PointGroup> groups() {
        return java.util.Collections.unmodifiableList(groups);
    }

    /**
     * Replaces group {@code index} by one with the same terms (e.g. the collocation group with refined
     * points). Term weights and names stay as they are.
     */
    public void replaceGroup(int index, PointGroup group) {
        PointGroup old = groups.get(index);
        if (!old.termNames().equals(group.termNames())) {
            throw new IllegalArgumentException("group '" + group.name() + "' has terms " + group.termNames()
                    + ", the group it replaces has " + old.termNames());
        }
        group.prepare(pdeParameters);
        groups.set(index, group);
    }

    public double[] pdeParameters() {
        return pdeParameters.clone();
    }

    /** From now on the points follow the PDE parameters through {@code mover} (see {@link #setPdeParameters}). */
    public void movePointsWith(PointMover mover) {
        this.pointMover = mover;
    }

    /**
     * Moves this loss to other PDE parameter values, keeping its points (unless the domain's shape depends on the
     * parameters: then the {@linkplain #movePointsWith point mover} samples them there) and term weights: a
     * hypernetwork evaluates one loss at many parameter values. Hard constraints are re-evaluated; if one fails there
     * (or the shape is degenerate there) the loss keeps its previous values.
     */
    public void setPdeParameters(double[] values) {
        if (values.length != pdeParameters.length) {
            throw new IllegalArgumentException("expected " + pdeParameters.length + " PDE parameter values, got "
                    + values.length);
        }
        double[] previous = pdeParameters;
        boolean moved = pointMover != null && !Arrays.equals(previous, values);
        // the points as they are (refined ones too), to put back exactly if the new values fail
        double[][] previousPoints = moved ? groups.stream().map(PointGroup::points).toArray(double[][]::new) : null;
        pdeParameters = values.clone();
        try {
            if (moved) {
                pointMover.move(groups, pdeParameters);
            }
            for (PointGroup group : groups) {
                group.prepare(pdeParameters);
            }
        } catch (RuntimeException e) {
            pdeParameters = previous;
            try {
                if (moved) {
                    // the mover restores what depends on the values (normals); the saved points restore the rest
                    pointMover.move(groups, pdeParameters);
                    for (int g = 0; g < groups.size(); g++) {
                        groups.get(g).movePoints(previousPoints[g]);
                    }
                }
                for (PointGroup group : groups) {
                    group.prepare(pdeParameters);
                }
            } catch (RuntimeException restoring) {
                e.addSuppressed(restoring);
            }
            throw e;
        }
        activeAtParameters = indexAt(pdeParameters);
    }

    /** The parameter values of the groups that count only there, in order. */
    public double[][] valuesWithGroups() {
        return groupsAtParameters.stream().map(AtParameters::parameters).toArray(double[][]::new);
    }

    private int indexAt(double[] values) {
        for (int i = 0; i < groupsAtParameters.size(); i++) {
            if (Arrays.equals(groupsAtParameters.get(i).parameters(), values)) {
                return i;
            }
        }
        return -1;
    }

    /** Current per-term weights (copy). */
    public double[] termWeights() {
        return termWeights.clone();
    }

    public void setTermWeights(double[] weights) {
        if (weights.length != termWeights.length) {
            throw new IllegalArgumentException("expected " + termWeights.length + " term weights " + termNames
                    + ", got " + weights.length);
        }
        for (int t = 0; t < weights.length; t++) {
            if (!(weights[t] >= 0) || Double.isInfinite(weights[t])) {
                throw new IllegalArgumentException("weight of term '" + termNames.get(t) + "' must be finite and >= 0, got "
                        + weights[t]);
            }
        }
        System.arraycopy(weights, 0, termWeights, 0, weights.length);
    }

    /** Unweighted mean squared residual of each term at the last evaluation (copy). */
    public double[] lastTermLosses() {
        return lastTermLosses.clone();
    }

    @Override
    public double valueAndGradient(double[] weights, double[] gradientOut) {
        network.setParameters(weights);
        if (gradientOut != null) {
            Arrays.fill(gradientOut, 0.0);
        }
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            double[] weightsOfGroup = Arrays.copyOfRange(termWeights, firstTermOfGroup[g],
                    firstTermOfGroup[g] + groups.get(g).terms().size());
            double[] losses = groups.get(g).evaluate(network, pdeParameters, weightsOfGroup, gradientOut, scratch);
            for (int t = 0; t < losses.length; t++) {
                lastTermLosses[firstTermOfGroup[g] + t] = losses[t];
                total += weightsOfGroup[t] * losses[t];
            }
        }
        if (firstTermAtParameters < termNames.size()) {
            double[] weightsOfGroup = Arrays.copyOfRange(termWeights, firstTermAtParameters, termNames.size());
            if (activeAtParameters < 0) {
                Arrays.fill(lastTermLosses, firstTermAtParameters, termNames.size(), 0.0);
            } else {
                double[] losses = groupsAtParameters.get(activeAtParameters).group().evaluate(network,
                        pdeParameters, weightsOfGroup, gradientOut, scratch);
                for (int t = 0; t < losses.length; t++) {
                    lastTermLosses[firstTermAtParameters + t] = losses[t];
                    total += weightsOfGroup[t] * losses[t];
                }
            }
        }
        return total;
    }

    /** The loss without its gradient (evaluation, line searches that only need values). */
    public double value(double[] weights) {
        return valueAndGradient(weights, null);
    }

    /**
     * The gradient of each term on its own (unweighted), for adaptive weighting; one backward pass per
     * term. Row t is d(mean r_t²)/dθ.
     */
    public double[][] termGradients(double[] weights) {
        network.setParameters(weights);
        double[][] gradients = new double[termNames.size()][network.parameterCount()];
        for (int t = 0; t < termNames.size(); t++) {
            int g = groupOfTerm[t];
            PointGroup group = g >= 0 ? groups.get(g)
                    : activeAtParameters >= 0 ? groupsAtParameters.get(activeAtParameters).group() : null;
            if (group == null) {
                continue; // not at a value with such a group: no gradient
            }
            double[] only = new double[group.terms().size()];
            only[t - (g >= 0 ? firstTermOfGroup[g] : firstTermAtParameters)] = 1.0;
            group.evaluate(network, pdeParameters, only, gradients[t], scratch);
        }
        return gradients;
    }
}
