package org.hyperlora.engine.train;

import java.util.ArrayList;
import java.util.List;

import org.hyperlora.engine.geometry.BoundaryDistance;
import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.BoundaryPart;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.PeriodicPair;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.ExpressionException;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.BoundaryPoints;
import org.hyperlora.engine.sampling.DomainSampling;
import org.hyperlora.engine.sampling.PeriodicPoints;
import org.hyperlora.engine.sampling.ResidualAdaptiveRefinement;
import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SamplerKind;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A PDE problem as the engine trains it: equations, domain, conditions on named boundary parts, data,
 * and how points are sampled. {@link #loss} turns it into a {@link PinnLoss} for a network and a
 * parameter value; {@link #newNetwork} makes a network whose inputs are normalized to the domain box.
 */
public final class PinnProblem {

    private final SymbolTable symbols;
    private final Domain domain;
    private final List<Expression> equations;
    private final List<Condition> conditions;
    private final List<OutputTransform> hardConstraints;
    private final int collocationCount;
    private final Sampler collocationSampler;
    private final int boundaryCount;
    private final long seed;
    private final java.util.Map<String, Double> termWeights;
    private final List<DataCase> dataCases;
    /** The domain's shape when it is not the box (then the box holds the shape at every parameter vector). */
    private final ShapedDomain shape;
    /** The boundary parts of each hard constraint whose distance function is built in, by constraint. */
    private final java.util.Map<OutputTransform, List<String>> builtInDistances;
    /**
     * Their distance functions, compiled once per thread (a compiled expression keeps its work arrays, so it is not
     * thread-safe; hypernetwork physics batches move points on several threads): checked wherever points are made.
     */
    private final ThreadLocal<java.util.Map<OutputTransform, org.hyperlora.engine.pde.CompiledExpression>>
            compiledDistances = ThreadLocal.withInitial(java.util.HashMap::new);

    /** Every field's values at points, known at one parameter vector (a data file's rows there). */
    private record DataCase(double[] parameters, double[] points, double[][] values) {
    }

    /** A condition, resolved against the symbols and the domain. */
    private record Condition(String kind, int field, String fieldName, String partName, Expression rhs,
            boolean matchDerivative, double[] dataPoints, double[] dataValues, Expression valueCoefficient,
            Expression normalCoefficient) {
    }

    private PinnProblem(Builder builder) {
        this.symbols = builder.symbols;
        this.domain = builder.domain;
        this.equations = List.copyOf(builder.equations);
        this.conditions = List.copyOf(builder.conditions);
        this.hardConstraints = List.copyOf(builder.hardConstraints);
        this.collocationCount = builder.collocationCount;
        this.collocationSampler = builder.samplerKind.create();
        this.boundaryCount = builder.boundaryCount;
        this.seed = builder.seed;
        this.termWeights = java.util.Map.copyOf(builder.termWeights);
        this.dataCases = List.copyOf(builder.dataCases);
        this.shape = builder.shape;
        this.builtInDistances = java.util.Map.copyOf(builder.builtInDistances);
    }

    public static Builder builder(SymbolTable symbols, Domain domain) {
        return new Builder(symbols, domain);
    }

    public SymbolTable symbols() {
        return symbols;
    }

    /** The coordinates' box: the whole domain, or the box that holds its {@linkplain #shape() shape}. */
    public Domain domain() {
        return domain;
    }

    /** The domain's shape, when it is built from shapes rather than being the box. */
    public java.util.Optional<ShapedDomain> shape() {
        return java.util.Optional.ofNullable(shape);
    }

    /**
     * Which of the points (row-major over all coordinates) lie in the domain at these parameter values: in the box, and
     * in the shape if there is one.
     *
     * @throws IllegalArgumentException if the shape is degenerate at these values
     */
    public boolean[] inside(double[] points, double[] parameterValues) {
        int dimension = domain.dimension();
        boolean[] in = new boolean[points.length / dimension];
        ShapedDomain.Region region = shape == null ? null : shape.at(parameterValues);
        for (int p = 0; p < in.length; p++) {
            in[p] = region == null ? domain.contains(points, p) : region.contains(points, p);
        }
        return in;
    }

    public List<Expression> equations() {
        return equations;
    }

    /**
     * The hard constraints, one per constrained field: such a field is {@code g + d·N} with N the network's
     * output for it. Anything that evaluates a trained network must apply them; {@link #fieldValues} does.
     */
    public List<OutputTransform> hardConstraints() {
        return hardConstraints;
    }

    /**
     * The fields at the given points, with the hard constraints applied: {@code [field][point]}.
     *
     * @param points row-major, {@code count × dimension}
     */
    public double[][] fieldValues(Mlp network, double[] parameterValues, double[] points) {
        int dimension = domain.dimension();
        if (points.length == 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException(points.length + " coordinates are not a whole number of " + dimension
                    + "-dimensional points");
        }
        checkParameterCount(parameterValues);
        if (network.inputCount() != dimension || network.outputCount() != symbols.fields().size()) {
            throw new IllegalArgumentException("the network maps " + network.inputCount() + " inputs to "
                    + network.outputCount() + " outputs, this problem needs " + dimension + " coordinates "
                    + symbols.coordinates() + " to " + symbols.fields().size() + " fields " + symbols.fields());
        }
        int count = points.length / dimension;
        Mlp.Workspace ws = network.workspace(count, DerivativePlan.valuesOnly(dimension));
        network.forward(ws, points);
        int fieldCount = symbols.fields().size();
        double[][] values = new double[fieldCount][count];
        for (int f = 0; f < fieldCount; f++) {
            ws.outputColumn(0, f, values[f]);
        }
        OutputTransform.applyToValues(hardConstraints, points, dimension, parameterValues, values);
        return values;
    }

    /**
     * The fields of a parametric PINN (inputs: the coordinates, then {@code parameterInputs(parameterValues)}) at the
     * given points, with the hard constraints applied: {@code [field][point]}.
     */
    public double[][] fieldValues(Mlp network, double[] parameterValues, double[] points,
            java.util.function.UnaryOperator<double[]> parameterInputs) {
        checkParameterCount(parameterValues);
        int dimension = domain.dimension();
        double[] extra = parameterInputs.apply(parameterValues);
        int width = dimension + extra.length;
        if (network.inputCount() != width || network.outputCount() != symbols.fields().size()) {
            throw new IllegalArgumentException("the network maps " + network.inputCount() + " inputs to "
                    + network.outputCount() + " outputs, a parametric PINN of this problem " + width + " to "
                    + symbols.fields().size());
        }
        int count = points.length / dimension;
        double[] inputs = new double[count * width];
        for (int p = 0; p < count; p++) {
            System.arraycopy(points, p * dimension, inputs, p * width, dimension);
            System.arraycopy(extra, 0, inputs, p * width + dimension, extra.length);
        }
        Mlp.Workspace ws = network.workspace(count, DerivativePlan.valuesOnly(width));
        network.forward(ws, inputs);
        double[][] values = new double[symbols.fields().size()][count];
        for (int f = 0; f < values.length; f++) {
            ws.outputColumn(0, f, values[f]);
        }
        OutputTransform.applyToValues(hardConstraints, points, dimension, parameterValues, values);
        return values;
    }

    private void checkParameterCount(double[] parameterValues) {
        if (parameterValues.length != symbols.parameters().size()) {
            throw new IllegalArgumentException("expected " + symbols.parameters().size() + " parameter values "
                    + symbols.parameters() + ", got " + parameterValues.length);
        }
    }

    /** A fresh network for this problem: inputs = coordinates (normalized to the domain), outputs = fields. */
    public Mlp newNetwork(int[] hiddenWidths, Activation activation, DataType dataType, long networkSeed) {
        return newNetwork(hiddenWidths, activation, dataType, networkSeed, false);
    }

    /**
     * A fresh network for this problem; with {@code periodicEmbedding} every {@link #periodicCoordinates() periodic
     * coordinate} enters as (cos, sin) of its angle over the domain's width, so the periodic conditions hold exactly.
     */
    public Mlp newNetwork(int[] hiddenWidths, Activation activation, DataType dataType, long networkSeed,
            boolean periodicEmbedding) {
        boolean[] periodic = periodicEmbedding ? periodicCoordinates() : new boolean[domain.dimension()];
        int[] sizes = new int[hiddenWidths.length + 2];
        sizes[0] = Mlp.featureCount(periodic);
        System.arraycopy(hiddenWidths, 0, sizes, 1, hiddenWidths.length);
        sizes[sizes.length - 1] = symbols.fields().size();
        return new Mlp(sizes, activation, dataType, domain.lower(), domain.upper(), periodic, networkSeed);
    }

    /**
     * Per coordinate: whether every field has a periodic condition along it — what a periodic embedding of that
     * coordinate makes hold by construction (embedding one that only some fields are periodic in would force the
     * others).
     */
    public boolean[] periodicCoordinates() {
        boolean[] periodic = new boolean[domain.dimension()];
        for (int axis = 0; axis < periodic.length; axis++) {
            String coordinate = symbols.coordinates().get(axis);
            boolean[] fieldPeriodic = new boolean[symbols.fields().size()];
            for (Condition condition : conditions) {
                if (condition.kind().equals("periodic") && condition.partName().equals(coordinate)) {
                    fieldPeriodic[condition.field()] = true;
                }
            }
            periodic[axis] = true;
            for (boolean fieldIsPeriodic : fieldPeriodic) {
                periodic[axis] &= fieldIsPeriodic;
            }
        }
        return periodic;
    }

    /** The equations' terms on the given points; always group 0 of a loss made by {@link #loss}. */
    private PointGroup collocationGroup(double[] points) {
        List<LossTerm> equationTerms = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            equationTerms.add(Terms.equation("pde " + (e + 1), equations.get(e)));
        }
        return new PointGroup("collocation", domain.dimension(), points, equationTerms, hardConstraints);
    }

    /**
     * Residual-based adaptive refinement (Lu et al. 2021): each round samples {@code candidates} fresh
     * points in the domain, evaluates Σ over equations of the squared residual there, and appends the
     * {@code pointsPerRound} worst to the collocation points of a loss made by {@link #loss}.
     */
    public Refinement residualRefinement(int candidates, int pointsPerRound) {
        if (candidates < 1 || pointsPerRound < 1 || pointsPerRound > candidates) {
            throw new IllegalArgumentException("refinement needs 1 <= points per round (" + pointsPerRound
                    + ") <= candidates (" + candidates + ")");
        }
        ResidualAdaptiveRefinement selection = ResidualAdaptiveRefinement.largest(pointsPerRound);
        return (loss, weights, round) -> {
            loss.network().setParameters(weights);
            long roundSeed = seed + 7919L * (round + 1);
            double[] candidatePoints = shape == null
                    ? DomainSampling.interior(domain, candidates, SamplerKind.UNIFORM.create(), roundSeed)
                    : shape.at(loss.pdeParameters()).interior(candidates, SamplerKind.UNIFORM.create(), roundSeed);
            PointGroup probe = collocationGroup(candidatePoints);
            probe.prepare(loss.pdeParameters());
            double[] squared = probe.squaredResidualPerPoint(loss.network(), loss.pdeParameters());
            double worst = 0;
            for (double value : squared) {
                worst = Math.max(worst, value);
            }
            double[] chosen = selection.select(candidatePoints, domain.dimension(), squared, roundSeed);
            double[] current = loss.groups().get(0).points();
            double[] combined = new double[current.length + chosen.length];
            System.arraycopy(current, 0, combined, 0, current.length);
            System.arraycopy(chosen, 0, combined, current.length, chosen.length);
            loss.replaceGroup(0, collocationGroup(combined));
            return new Refinement.Round(round, chosen.length / domain.dimension(), Math.sqrt(worst),
                    combined.length / domain.dimension());
        };
    }

    /** How many collocation points the interior gets. */
    public int collocationCount() {
        return collocationCount;
    }

    /** How many points each boundary condition gets. */
    public int boundaryPointCount() {
        return boundaryCount;
    }

    /**
     * The collocation points (row-major), the same for every call with this problem's seed.
     *
     * @throws IllegalStateException when the domain's shape depends on the parameters: ask at parameter values
     */
    public double[] collocationPoints() {
        if (shape != null && shape.dependsOnParameters()) {
            throw new IllegalStateException("the domain " + shape.describe()
                    + " depends on the parameters: its points are sampled at parameter values");
        }
        return shape == null ? DomainSampling.interior(domain, collocationCount, collocationSampler, seed)
                : collocationPoints(new double[symbols.parameters().size()]);
    }

    /** The collocation points at these parameter values (the domain's shape may depend on them). */
    public double[] collocationPoints(double[] parameterValues) {
        return shape == null ? DomainSampling.interior(domain, collocationCount, collocationSampler, seed)
                : shape.at(parameterValues).interior(collocationCount, collocationSampler, seed);
    }

    /**
     * The loss of {@code network} for the PDE parameter values {@code parameterValues} (in symbol order).
     * Points are sampled with the problem's seed, so two losses of one problem see the same points.
     */
    public PinnLoss loss(Mlp network, double[] parameterValues) {
        checkParameterCount(parameterValues);
        PinnLoss loss = new PinnLoss(network, parameterValues, groups(parameterValues), dataGroups());
        followShape(loss);
        applyTermWeights(loss);
        return loss;
    }

    private void applyTermWeights(PinnLoss loss) {
        if (!termWeights.isEmpty()) {
            List<String> names = loss.termNames();
            double[] weights = loss.termWeights();
            for (int t = 0; t < names.size(); t++) {
                Double weight = weightOf(names.get(t));
                if (weight != null) {
                    weights[t] = weight;
                }
            }
            loss.setTermWeights(weights);
        }
    }

    /**
     * The loss of a parametric PINN (a network reading the coordinates, then {@code parameterInputs} of the
     * parameter values) at {@code parameterValues}; move it across the range with {@link PinnLoss#setPdeParameters}.
     */
    public PinnLoss parametricLoss(Mlp network, double[] parameterValues,
            java.util.function.UnaryOperator<double[]> parameterInputs) {
        checkParameterCount(parameterValues);
        List<PointGroup> groups = groups(parameterValues);
        groups.forEach(group -> group.parameterInputs(parameterInputs));
        List<PinnLoss.AtParameters> data = dataGroups();
        data.forEach(at -> at.group().parameterInputs(parameterInputs));
        PinnLoss loss = new PinnLoss(network, parameterValues, groups, data);
        followShape(loss);
        applyTermWeights(loss);
        return loss;
    }

    /**
     * A loss whose domain's shape depends on the parameters samples its points anew at every parameter vector it moves
     * to (in place: the same counts, the same seeds, so one parameter vector always gives the same points).
     */
    private void followShape(PinnLoss loss) {
        if (shape == null || !shape.dependsOnParameters()) {
            return;
        }
        loss.movePointsWith((groups, parameterValues) -> {
            ShapedDomain.Region region = shape.at(parameterValues);
            double[] interior = region.interior(groups.get(0).size(), collocationSampler, seed);
            requireBuiltInDistancesUsable(region, interior, parameterValues);
            groups.get(0).movePoints(interior);
            long conditionSeed = seed;
            for (int c = 0; c < conditions.size(); c++) {
                conditionSeed += 1_000_003L;
                Condition condition = conditions.get(c);
                PointGroup group = groups.get(1 + c);
                switch (condition.kind()) {
                case "dirichlet" -> group.movePoints(region.boundary(condition.partName(), group.size(),
                        collocationSampler, conditionSeed).points());
                case "neumann", "robin" -> {
                    ShapedDomain.PartPoints on = region.boundary(condition.partName(), group.size(),
                            collocationSampler, conditionSeed);
                    group.movePoints(on.points());
                    ((NormalDerivativeTerm) group.terms().get(0)).setNormals(normalColumns(condition, on));
                }
                default -> {
                    // data points stay where they were measured
                }
                }
            }
        });
    }

    /**
     * The axes a condition's normal has components along on a shaped domain: the space axes, or time on
     * {@value Domain#INITIAL}
     * (whose outward normal is -t: there {@code du/dn = -du/dt}).
     */
    private int[] normalAxes(Condition condition) {
        return Domain.INITIAL.equals(condition.partName()) ? new int[] { domain.timeAxis() }
                : shape.spatialAxes();
    }

    /** A condition's outward normals [axis of {@link #normalAxes}][point] at its points. */
    private double[][] normalColumns(Condition condition, ShapedDomain.PartPoints on) {
        if (Domain.INITIAL.equals(condition.partName())) {
            double[] minusT = new double[on.points().length / domain.dimension()];
            java.util.Arrays.fill(minusT, -1);
            return new double[][] { minusT };
        }
        return normalColumns(on.normals());
    }

    /** Outward normals [space axis][point] from row-major normals over all coordinates. */
    private double[][] normalColumns(double[] normals) {
        int dimension = domain.dimension();
        int count = normals.length / dimension;
        int[] axes = shape.spatialAxes();
        double[][] columns = new double[axes.length][count];
        for (int p = 0; p < count; p++) {
            for (int a = 0; a < axes.length; a++) {
                columns[a][p] = normals[p * dimension + axes[a]];
            }
        }
        return columns;
    }

    /**
     * The point groups of this problem's loss and their terms: the collocation points with the equations first, then
     * each condition's points (sampled with the problem's seed, so every call gives the same points).
     *
     * @throws IllegalStateException when the domain's shape depends on the parameters: ask at parameter values
     */
    public List<PointGroup> groups() {
        if (shape != null && shape.dependsOnParameters()) {
            throw new IllegalStateException("the domain " + shape.describe()
                    + " depends on the parameters: its points are sampled at parameter values");
        }
        return groups(new double[symbols.parameters().size()]);
    }

    /** {@link #groups()} at parameter values: where the points lie when the domain's shape depends on them. */
    public List<PointGroup> groups(double[] parameterValues) {
        if (shape != null) {
            ShapedDomain.Region region = shape.at(parameterValues);
            List<PointGroup> groups = shapedGroups(region);
            requireBuiltInDistancesUsable(region, groups.get(0).points(), parameterValues);
            return groups;
        }
        List<PointGroup> groups = new ArrayList<>();
        groups.add(collocationGroup(collocationPoints()));
        long conditionSeed = seed;
        for (Condition condition : conditions) {
            conditionSeed += 1_000_003L;
            String label = label(condition);
            switch (condition.kind()) {
            case "dirichlet" -> {
                BoundaryPoints points = DomainSampling.boundary(domain.boundaryPart(condition.partName()),
                        boundaryCount, collocationSampler, conditionSeed);
                groups.add(new PointGroup(label, domain.dimension(), points.points(),
                        List.of(Terms.boundary(label, condition.field(), 0, 0, 1.0, condition.rhs())),
                        hardConstraints));
            }
            case "neumann" -> {
                // one term per face: each face has its own normal axis and sign
                BoundaryPart part = domain.boundaryPart(condition.partName());
                BoundaryPoints points = DomainSampling.boundary(part, boundaryCount, collocationSampler, conditionSeed);
                List<BoundaryFace> faces = points.faces();
                for (int f = 0; f < faces.size(); f++) {
                    if (points.countOnFace(f) == 0) {
                        continue;
                    }
                    BoundaryFace face = faces.get(f);
                    String faceLabel = faces.size() == 1 ? label : label + " (" + face.names().get(0) + ")";
                    groups.add(new PointGroup(faceLabel, domain.dimension(), points.pointsOnFace(f),
                            List.of(Terms.boundary(faceLabel, condition.field(), face.axis(), 1, face.normalSign(),
                                    condition.rhs())),
                            hardConstraints));
                }
            }
            case "robin" -> {
                // one term per face, its normal the face's
                BoundaryPoints points = DomainSampling.boundary(domain.boundaryPart(condition.partName()),
                        boundaryCount, collocationSampler, conditionSeed);
                List<BoundaryFace> faces = points.faces();
                for (int f = 0; f < faces.size(); f++) {
                    if (points.countOnFace(f) == 0) {
                        continue;
                    }
                    BoundaryFace face = faces.get(f);
                    String faceLabel = faces.size() == 1 ? label : label + " (" + face.names().get(0) + ")";
                    double[] sign = new double[points.countOnFace(f)];
                    java.util.Arrays.fill(sign, face.normalSign());
                    groups.add(new PointGroup(faceLabel, domain.dimension(), points.pointsOnFace(f),
                            List.of(new NormalDerivativeTerm(faceLabel, condition.field(), new int[] { face.axis() },
                                    new double[][] { sign }, condition.valueCoefficient(),
                                    condition.normalCoefficient(), condition.rhs())),
                            hardConstraints));
                }
            }
            case "periodic" -> {
                PeriodicPair pair = domain.periodicPair(condition.partName());
                PeriodicPoints points = DomainSampling.periodic(pair, boundaryCount, collocationSampler, conditionSeed);
                double[] both = new double[points.atMin().length * 2];
                System.arraycopy(points.atMin(), 0, both, 0, points.atMin().length);
                System.arraycopy(points.atMax(), 0, both, points.atMin().length, points.atMax().length);
                groups.add(new PointGroup(label, domain.dimension(), both,
                        List.of(Terms.periodic(label, condition.field(), pair.axis(), condition.matchDerivative())),
                        hardConstraints));
            }
            case "data" -> groups.add(new PointGroup(label, domain.dimension(), condition.dataPoints(),
                    List.of(Terms.data(label, condition.field(), condition.dataValues())), hardConstraints));
            default -> throw new IllegalStateException("unknown condition kind " + condition.kind());
            }
        }
        return groups;
    }

    /**
     * A built-in distance function is only right where its edges are boundary all along and it is positive inside;
     * the shape may move with the parameters, so this is checked wherever points are made.
     */
    private void requireBuiltInDistancesUsable(ShapedDomain.Region region, double[] interior, double[] parameterValues) {
        if (builtInDistances.isEmpty()) {
            return;
        }
        for (var entry : builtInDistances.entrySet()) {
            org.hyperlora.engine.pde.CompiledExpression compiled = compiledDistances.get()
                    .computeIfAbsent(entry.getKey(), t -> t.d().compile());
            // evaluate returns the expression's own work array: copied before the next evaluation
            java.util.function.UnaryOperator<double[]> distanceAt = points -> compiled
                    .evaluate(coordinateColumns(points, parameterValues)).clone();
            try {
                BoundaryDistance.requireUsable(shape, region, entry.getValue(), interior, distanceAt.apply(interior),
                        distanceAt);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hard constraint on " + symbols.fields().get(entry.getKey().field())
                        + (parameterValues.length == 0 ? "" : " at " + parameterText(parameterValues))
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** Row-major points over all coordinates as the columns a compiled expression reads. */
    private PointColumns coordinateColumns(double[] points, double[] parameterValues) {
        int dimension = domain.dimension();
        int count = points.length / dimension;
        double[][] columns = new double[dimension][count];
        for (int p = 0; p < count; p++) {
            for (int axis = 0; axis < dimension; axis++) {
                columns[axis][p] = points[p * dimension + axis];
            }
        }
        return PointColumns.ofCoordinates(count, columns, parameterValues);
    }

    private String parameterText(double[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(symbols.parameters().get(i)).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.6g", values[i]));
        }
        return text.toString();
    }

    private List<PointGroup> shapedGroups(ShapedDomain.Region region) {
        List<PointGroup> groups = new ArrayList<>();
        groups.add(collocationGroup(region.interior(collocationCount, collocationSampler, seed)));
        long conditionSeed = seed;
        for (Condition condition : conditions) {
            conditionSeed += 1_000_003L;
            String label = label(condition);
            switch (condition.kind()) {
            case "dirichlet" -> groups.add(new PointGroup(label, domain.dimension(),
                    region.boundary(condition.partName(), boundaryCount, collocationSampler, conditionSeed).points(),
                    List.of(Terms.boundary(label, condition.field(), 0, 0, 1.0, condition.rhs())), hardConstraints));
            case "neumann", "robin" -> {
                ShapedDomain.PartPoints on = region.boundary(condition.partName(), boundaryCount, collocationSampler,
                        conditionSeed);
                groups.add(new PointGroup(label, domain.dimension(), on.points(),
                        List.of(new NormalDerivativeTerm(label, condition.field(), normalAxes(condition),
                                normalColumns(condition, on), condition.valueCoefficient(),
                                condition.normalCoefficient(), condition.rhs())),
                        hardConstraints));
            }
            case "data" -> groups.add(new PointGroup(label, domain.dimension(), condition.dataPoints(),
                    List.of(Terms.data(label, condition.field(), condition.dataValues())), hardConstraints));
            default -> throw new IllegalStateException(condition.kind() + " conditions are not defined on shapes");
            }
        }
        return groups;
    }

    /** A condition's term name: {@code dirichlet u on left}. */
    private static String label(Condition condition) {
        return condition.kind() + " " + condition.fieldName()
                + (condition.partName() == null ? "" : " on " + condition.partName());
    }

    /** The points (row-major over all coordinates) that lie in the domain at these parameter values, in order. */
    public double[] pointsInside(double[] points, double[] parameterValues) {
        boolean[] inside = inside(points, parameterValues);
        int dimension = domain.dimension();
        int count = 0;
        for (boolean in : inside) {
            count += in ? 1 : 0;
        }
        double[] kept = new double[count * dimension];
        int next = 0;
        for (int p = 0; p < inside.length; p++) {
            if (inside[p]) {
                System.arraycopy(points, p * dimension, kept, next++ * dimension, dimension);
            }
        }
        return kept;
    }

    /** The name of the data-loss term of a field: {@code data file u}. */
    public static String dataTermName(String field) {
        return "data file " + field;
    }

    /** The parameter vectors with solution data (see {@link Builder#dataAt}), in the order they were added. */
    public double[][] dataParameterValues() {
        return dataCases.stream().map(c -> c.parameters().clone()).toArray(double[][]::new);
    }

    /** One group per data case: a data-loss term per field, counted only at the case's parameter values. */
    private List<PinnLoss.AtParameters> dataGroups() {
        List<PinnLoss.AtParameters> groups = new ArrayList<>();
        for (DataCase data : dataCases) {
            List<LossTerm> terms = new ArrayList<>();
            for (int f = 0; f < symbols.fields().size(); f++) {
                terms.add(Terms.data(dataTermName(symbols.fields().get(f)), f, data.values()[f]));
            }
            groups.add(new PinnLoss.AtParameters(data.parameters(), new PointGroup("data at "
                    + java.util.Arrays.toString(data.parameters()), domain.dimension(), data.points(), terms,
                    hardConstraints)));
        }
        return groups;
    }

    /** The weights given to loss terms by name (unnamed terms weigh 1). */
    public java.util.Map<String, Double> termWeights() {
        return termWeights;
    }

    /** A term's weight: by its name, or for a Neumann condition's per-face term ("... (left)") by the condition's. */
    private Double weightOf(String termName) {
        Double exact = termWeights.get(termName);
        if (exact != null) {
            return exact;
        }
        int face = termName.indexOf(" (");
        return face < 0 ? null : termWeights.get(termName.substring(0, face));
    }

    /** Collects and validates a problem; every error names the offending item. */
    public static final class Builder {
        private final SymbolTable symbols;
        private final Domain domain;
        private final List<Expression> equations = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();
        private final List<OutputTransform> hardConstraints = new ArrayList<>();
        private int collocationCount = 2000;
        private SamplerKind samplerKind = SamplerKind.SOBOL;
        private int boundaryCount = 200;
        private long seed = 1;
        private final java.util.Map<String, Double> termWeights = new java.util.LinkedHashMap<>();
        private final List<DataCase> dataCases = new ArrayList<>();
        private ShapedDomain shape;
        private final java.util.Map<OutputTransform, List<String>> builtInDistances = new java.util.LinkedHashMap<>();

        private Builder(SymbolTable symbols, Domain domain) {
            if (!symbols.coordinates().equals(domain.coordinateNames())) {
                throw new IllegalArgumentException("the PDE's coordinates " + symbols.coordinates()
                        + " must match the domain's " + domain.coordinateNames() + " in name and order");
            }
            if (symbols.fields().isEmpty()) {
                throw new IllegalArgumentException("the PDE has no fields to solve for");
            }
            this.symbols = symbols;
            this.domain = domain;
        }

        private Expression parse(String what, String text) {
            try {
                return symbols.parse(text);
            } catch (ExpressionException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
        }

        private int field(String what, String name) {
            int index = symbols.fieldIndex(name);
            if (index < 0) {
                throw new IllegalArgumentException(what + ": unknown field '" + name + "'; fields are "
                        + symbols.fields());
            }
            return index;
        }

        private Expression rightHandSide(String what, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Expression rhs = parse(what, text);
            if (!rhs.isFieldFree()) {
                throw new IllegalArgumentException(what + ": the right-hand side '" + text
                        + "' may use coordinates and parameters only, not fields");
            }
            return rhs;
        }

        /** Adds a residual expression, e.g. {@code u_t + u*u_x - nu*u_xx}. */
        public Builder equation(String residual) {
            equations.add(parse("equation " + (equations.size() + 1), residual));
            return this;
        }

        /**
         * The domain is this shape rather than the box; conditions then name its parts. Set it before any condition.
         *
         * @throws IllegalArgumentException if the shape's box is not this problem's domain, or conditions exist already
         */
        public Builder shape(ShapedDomain value) {
            if (!value.box().equals(domain)) {
                throw new IllegalArgumentException("the shape " + value.describe() + " lies in " + value.box().describe()
                        + ", the problem's domain is " + domain.describe());
            }
            if (!conditions.isEmpty() || !builtInDistances.isEmpty()) {
                throw new IllegalArgumentException("set the domain's shape before its conditions and built-in distances");
            }
            shape = value;
            return this;
        }

        private void checkPart(String part) {
            if (shape == null) {
                domain.boundaryPart(part);
            } else if (!shape.hasPart(part)) {
                throw new IllegalArgumentException(shape.unknownPart(part));
            }
        }

        /** {@code field = rhs} on a boundary part ("left", "right", "bottom", "top", "boundary", "x_min", ...). */
        public Builder dirichlet(String field, String part, String rhs) {
            String what = "dirichlet condition on " + part;
            checkPart(part);
            conditions.add(new Condition("dirichlet", field(what, field), field, part, rightHandSide(what, rhs), false,
                    null, null, null, null));
            return this;
        }

        /** {@code field = rhs} at the initial time. */
        public Builder initial(String field, String rhs) {
            return dirichlet(field, Domain.INITIAL, rhs);
        }

        /** {@code ∂field/∂n = rhs} on a boundary part (outward normal). */
        public Builder neumann(String field, String part, String rhs) {
            String what = "neumann condition on " + part;
            checkPart(part);
            conditions.add(new Condition("neumann", field(what, field), field, part, rightHandSide(what, rhs), false,
                    null, null, null, null));
            return this;
        }

        /**
         * {@code a·field + b·∂field/∂n = rhs} on a boundary part (outward normal): a Robin condition, e.g. convective
         * heat transfer {@code h·T + k·∂T/∂n = h·T_ambient}.
         *
         * @param a the value's coefficient, in coordinates and parameters
         * @param b the normal derivative's coefficient, in coordinates and parameters
         */
        public Builder robin(String field, String part, String a, String b, String rhs) {
            String what = "robin condition on " + part;
            checkPart(part);
            Expression valueCoefficient = rightHandSide(what + ", value coefficient", a);
            Expression normalCoefficient = rightHandSide(what + ", normal coefficient", b);
            if (valueCoefficient == null || normalCoefficient == null) {
                throw new IllegalArgumentException(what + ": both coefficients are needed (a*u + b*du/dn = g)");
            }
            conditions.add(new Condition("robin", field(what, field), field, part, rightHandSide(what, rhs), false,
                    null, null, valueCoefficient, normalCoefficient));
            return this;
        }

        /** field(min) = field(max) along a coordinate, optionally also its derivative along it. */
        public Builder periodic(String field, String coordinate, boolean matchDerivative) {
            String what = "periodic condition along " + coordinate;
            if (shape != null) {
                throw new IllegalArgumentException(what + ": periodic conditions need the box domain, this one is "
                        + shape.describe());
            }
            domain.periodicPair(coordinate);
            conditions.add(new Condition("periodic", field(what, field), field, coordinate, null, matchDerivative, null,
                    null, null, null));
            return this;
        }

        /** Pointwise data for a field: points row-major in coordinate order, one value per point. */
        public Builder data(String field, double[] points, double[] values) {
            String what = "data for " + field;
            if (points.length != values.length * domain.dimension()) {
                throw new IllegalArgumentException(what + ": " + values.length + " values need "
                        + values.length * domain.dimension() + " coordinates, got " + points.length);
            }
            conditions.add(new Condition("data", field(what, field), field, null, null, false, points.clone(),
                    values.clone(), null, null));
            return this;
        }

        /**
         * Solution data at one parameter vector: a data-loss term per field ({@link #dataTermName}, mean squared
         * difference) that counts when a loss is at exactly these values and is 0 elsewhere. Hybrid physics and data:
         * weigh the terms with {@link #termWeight}.
         *
         * @param points row-major in coordinate order
         * @param values every field's values at the points, {@code [field][point]}
         */
        public Builder dataAt(double[] parameterValues, double[] points, double[][] values) {
            String what = "data at " + java.util.Arrays.toString(parameterValues);
            if (parameterValues.length != symbols.parameters().size()) {
                throw new IllegalArgumentException(what + ": expected " + symbols.parameters().size()
                        + " parameter values " + symbols.parameters());
            }
            if (values.length != symbols.fields().size()) {
                throw new IllegalArgumentException(what + ": values of " + values.length + " fields, the problem has "
                        + symbols.fields());
            }
            for (double[] field : values) {
                if (points.length != field.length * domain.dimension() || field.length == 0) {
                    throw new IllegalArgumentException(what + ": " + field.length + " values need "
                            + field.length * domain.dimension() + " coordinates, got " + points.length);
                }
            }
            for (DataCase existing : dataCases) {
                if (java.util.Arrays.equals(existing.parameters(), parameterValues)) {
                    throw new IllegalArgumentException(what + ": these parameter values have data already");
                }
            }
            double[][] copies = new double[values.length][];
            for (int f = 0; f < values.length; f++) {
                copies[f] = values[f].clone();
            }
            dataCases.add(new DataCase(parameterValues.clone(), points.clone(), copies));
            return this;
        }

        /**
         * Makes {@code field} satisfy its boundary/initial values exactly: the field becomes
         * {@code g + d·N}, N the network output, where {@code g} (coordinates and parameters) takes the
         * prescribed values and {@code d} vanishes exactly where they are prescribed. For Burgers with
         * u(x,0) = -sin(πx), u(±1,t) = 0: {@code hardConstraint("u", "-sin(pi*x)", "t*(1 - x^2)")}; for an
         * initial condition alone: {@code hardConstraint("u", "u0(x)", "t - t0")}. Conditions on the field may
         * still be added; those the constraint covers are then simply satisfied.
         *
         * @throws IllegalArgumentException for an unknown field, a second constraint on the same field, a
         *             parse error (naming g or d), or g or d reading fields
         */
        public Builder hardConstraint(String field, String g, String d) {
            addHardConstraint(field, OutputTransform.parse(symbols, field, g, d));
            return this;
        }

        /**
         * A hard constraint {@code field = g + d·N} whose {@code d} is built in ({@link BoundaryDistance}): zero on the
         * given boundary parts ({@code box}, {@code boundary}, {@code initial}, a face or a defined part), positive
         * inside. On a shaped domain, set the shape first; points are only made where the function is usable (its
         * edges boundary all along, positive inside), or the problem says why not.
         *
         * @throws IllegalArgumentException for an unknown field or part, no parts, a second constraint on the field
         */
        public Builder hardConstraintVanishingOn(String field, String g, List<String> parts) {
            String what = "hard constraint on " + field;
            String d;
            try {
                d = shape != null ? BoundaryDistance.of(shape, parts) : BoundaryDistance.of(domain, parts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
            OutputTransform checked = OutputTransform.parse(symbols, field, g, "1");
            OutputTransform transform = new OutputTransform(symbols, checked.field(), checked.g(),
                    Expression.parseGenerated(d, symbols));
            addHardConstraint(field, transform);
            builtInDistances.put(transform, List.copyOf(parts));
            return this;
        }

        private void addHardConstraint(String field, OutputTransform transform) {
            for (OutputTransform existing : hardConstraints) {
                if (existing.field() == transform.field()) {
                    throw new IllegalArgumentException("hard constraint on " + field + ": the field already has one ("
                            + existing + ")");
                }
            }
            hardConstraints.add(transform);
        }

        public Builder collocation(int count, SamplerKind kind) {
            if (count < 1) {
                throw new IllegalArgumentException("collocation point count must be >= 1, got " + count);
            }
            collocationCount = count;
            samplerKind = kind;
            return this;
        }

        /** Points per boundary condition. */
        public Builder boundaryPoints(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("boundary point count must be >= 1, got " + count);
            }
            boundaryCount = count;
            return this;
        }

        /**
         * Weighs a loss term: {@code pde 1} (the first equation), {@code dirichlet u on left}, {@code dirichlet u on
         * initial}, {@code neumann u on boundary} (all its faces), {@code periodic u on x}, {@code data u}. Every
         * {@link #loss} of this problem starts with these weights.
         *
         * @throws IllegalArgumentException for a negative or non-finite weight
         */
        public Builder termWeight(String term, double weight) {
            if (!(weight >= 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("loss weight of '" + term + "' must be finite and >= 0, got " + weight);
            }
            termWeights.put(term, weight);
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public PinnProblem build() {
            if (equations.isEmpty()) {
                throw new IllegalArgumentException("the problem has no equation");
            }
            return new PinnProblem(this);
        }
    }
}
