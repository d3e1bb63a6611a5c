package org.hyperlora.model.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.Length;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.hyper.HyperMode;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.model.ActivationKind;
import org.hyperlora.model.Condition;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Equation;
import org.hyperlora.model.Field;
import org.hyperlora.model.HardConstraint;
import org.hyperlora.model.HypernetworkMode;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.ParameterPoint;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Precision;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Scale;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.validation.StudyChecks;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Turns a study model into the engine's configuration ({@link StudySetup}). It lives here, beside the model, so
 * the engine never sees EMF. A study with validation errors is refused with the validator's messages: the engine
 * is never handed a half-valid study.
 */
public final class StudyMapping {

    /** Cell centres sit at this fraction of their cell: never on an evenly spaced training value. */
    private static final double CELL_OFFSET = 0.5;

    private StudyMapping() {
    }

    public static StudySetup toEngine(Study study) throws StudyMappingException {
        return toEngine(study, (ReferenceData) null);
    }

    /** {@code data}: the reference data already read for the study this one was scaled from (a copy has no folder). */
    private static StudySetup toEngine(Study study, ReferenceData data) throws StudyMappingException {
        Diagnostic diagnostic;
        try {
            diagnostic = StudyFiles.validate(study);
        } catch (RuntimeException e) {
            throw new StudyMappingException("study '" + study.getName() + "' could not be validated: " + e, e);
        }
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new StudyMappingException("study '" + study.getName() + "' has errors:\n"
                    + StudyFiles.format(diagnostic).strip(), diagnostic);
        }
        try {
            return map(study, data != null ? data : referenceData(study));
        } catch (IllegalArgumentException e) {
            // the validator checks what the engine checks; this is the engine's word if they ever disagree
            throw new StudyMappingException("study '" + study.getName() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The study as a profile trains it. The study as written is validated first: a profile scales settings that must
     * exist, and a copy's messages would not point into the user's file.
     */
    public static StudySetup toEngine(Study study, TrainingProfile profile) throws StudyMappingException {
        StudySetup written = toEngine(study);
        Study scaled = profile.apply(study);
        return scaled == study ? written : toEngine(scaled, written.referenceData());
    }

    /** The rows of the study's data-file reference, checked against its range and domain; null for other kinds. */
    private static ReferenceData referenceData(Study study) throws StudyMappingException {
        PdeFamily family = study.getFamily();
        var reference = family.getReference();
        if (reference == null || reference.getKind() != ReferenceKind.DATA_FILE) {
            return null;
        }
        Path file = StudyChecks.resolve(reference, reference.getDataFile());
        if (file == null) {
            throw new StudyMappingException("study '" + study.getName() + "': its reference data file '"
                    + reference.getDataFile() + "' is relative and the study has no folder (save the study first)",
                    (Throwable) null);
        }
        try {
            return readReferenceData(family, file);
        } catch (IOException e) {
            throw new StudyMappingException("study '" + study.getName() + "': reference data file " + file
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a study's data-file reference, a relative file name resolved beside {@code studyFile} (for a copy of
     * the study, which has no folder of its own), checked against its range and domain; null for other references.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file, line and column of bad data, or an invalid range or domain
     */
    public static ReferenceData referenceData(Study study, Path studyFile) throws IOException {
        PdeFamily family = study.getFamily();
        var reference = family == null ? null : family.getReference();
        if (reference == null || reference.getKind() != ReferenceKind.DATA_FILE || reference.getDataFile() == null
                || reference.getDataFile().isBlank()) {
            return null;
        }
        Path file = Path.of(reference.getDataFile());
        if (!file.isAbsolute()) {
            file = studyFile.toAbsolutePath().getParent().resolve(file).normalize();
        }
        return readReferenceData(family, file);
    }

    /**
     * Reads a family's reference data and checks every row against its range and domain.
     *
     * @throws IllegalArgumentException naming the file, line and column of bad data
     */
    private static ReferenceData readReferenceData(PdeFamily family, Path file) throws IOException {
        FamilyNames names = FamilyNames.of(family);
        ReferenceData data = ReferenceData.read(file, names.parameters(), names.coordinates(), names.fields());
        data.checkWithin(rangeOf(family.getParameters()), domain(family));
        ShapedDomain shape = shape(family);
        if (shape != null) {
            data.checkWithin(shape); // a row in a hole would be compared with (and fitted to) nothing real
        }
        return data;
    }

    private static StudySetup map(Study study, ReferenceData data) {
        PdeFamily family = study.getFamily();
        MethodSettings method = study.getMethod();
        FamilyNames names = FamilyNames.of(family);
        var training = method.getTraining();
        PinnProblem.Builder builder = problem(family).collocation(training.getCollocationPoints(),
                sampler(training.getSampler())).boundaryPoints(training.getBoundaryPoints()).seed(training.getSeed());
        double dataWeight = family.getReference() == null ? 0 : family.getReference().getDataWeight();
        if (data != null && dataWeight > 0) {
            for (ReferenceData.Case c : data.cases()) {
                builder.dataAt(c.parameters(), c.points(), c.values());
            }
            for (String field : names.fields()) {
                builder.termWeight(PinnProblem.dataTermName(field), dataWeight);
            }
        }
        return setup(study, family, method, names, builder.build(), rangeOf(family.getParameters()), data);
    }

    /**
     * The PDE of a family without its sampling (the caller sets points and seed): equations, conditions, hard
     * constraints and loss weights. Throws when a piece is invalid (the validator reports it).
     */
    public static PinnProblem.Builder problem(PdeFamily family) {
        PinnProblem.Builder problem = PinnProblem.builder(FamilyNames.of(family).symbols(), domain(family));
        ShapedDomain shape = shape(family);
        if (shape != null) {
            problem.shape(shape);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int e = 0; e < family.getEquations().size(); e++) {
            Equation equation = family.getEquations().get(e);
            problem.equation(equation.getResidual());
            putWeight(weights, "pde " + (e + 1), equation.getWeight());
        }
        for (Condition condition : family.getConditions()) {
            String field = condition.getField().getName();
            switch (condition.getKind()) {
            case DIRICHLET -> {
                problem.dirichlet(field, condition.getBoundary(), condition.getExpression());
                putWeight(weights, "dirichlet " + field + " on " + condition.getBoundary(), condition.getWeight());
            }
            case INITIAL -> {
                problem.initial(field, condition.getExpression());
                putWeight(weights, "dirichlet " + field + " on " + Domain.INITIAL, condition.getWeight());
            }
            case NEUMANN -> {
                problem.neumann(field, condition.getBoundary(), condition.getExpression());
                putWeight(weights, "neumann " + field + " on " + condition.getBoundary(), condition.getWeight());
            }
            case ROBIN -> {
                // an unset coefficient is 1 (a set but blank one is refused by the validator)
                problem.robin(field, condition.getBoundary(),
                        condition.isSetValueCoefficient() ? condition.getValueCoefficient() : "1",
                        condition.isSetNormalCoefficient() ? condition.getNormalCoefficient() : "1",
                        condition.getExpression());
                putWeight(weights, "robin " + field + " on " + condition.getBoundary(), condition.getWeight());
            }
            case PERIODIC -> {
                problem.periodic(field, condition.getBoundary(), condition.isMatchDerivative());
                putWeight(weights, "periodic " + field + " on " + condition.getBoundary(), condition.getWeight());
            }
            }
        }
        for (HardConstraint constraint : family.getHardConstraints()) {
            if (constraint.getVanishesOn().isEmpty()) {
                problem.hardConstraint(constraint.getField().getName(), constraint.getValue(), constraint.getDistance());
            } else {
                problem.hardConstraintVanishingOn(constraint.getField().getName(), constraint.getValue(),
                        List.copyOf(constraint.getVanishesOn()));
            }
        }
        weights.forEach(problem::termWeight);
        return problem;
    }

    private static StudySetup setup(Study study, PdeFamily family, MethodSettings method, FamilyNames names,
            PinnProblem problem, ParameterRange range, ReferenceData data) {
        var training = method.getTraining();
        double[] referenceValue = referenceValue(family.getParameters());
        var network = method.getNetwork();
        var lora = method.getLora();
        HypernetworkSettings hyper = method.getHypernetwork();
        List<String> meanShifted = new ArrayList<>();
        var reference = family.getReference();
        if (reference != null) {
            for (Field field : reference.getMeanShiftedFields()) {
                meanShifted.add(field.getName());
            }
        }
        return new StudySetup(study.getName(), problem, names.coordinates(), names.fields(), range,
                referenceValue,
                new StudySetup.Network(ints(network.getHiddenWidths()), activation(network.getActivation()),
                        network.getPrecision() == Precision.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE,
                        network.getSeed(), network.isPeriodicEmbedding()),
                new StudySetup.Lora(lora.getRank(), lora.getRanksPerLayer().isEmpty() ? null : ints(lora.getRanksPerLayer()),
                        lora.isAdaptBiases()),
                new StudySetup.Hyper(ints(hyper.getHiddenWidths()), activation(hyper.getActivation()),
                        mode(hyper.getMode()), hyper.getPhysicsWeight(), hyper.getRegressionWeight(),
                        hyper.getRegressionIterations(), hyper.getPhysicsRounds(), hyper.getIterationsPerRound(),
                        hyper.getBatchSize(), hyper.getSeed(),
                        hyper.getPhysicsOptimizer() == org.hyperlora.model.OptimizerKind.ADAM
                                ? StudySetup.PhysicsOptimizer.ADAM : StudySetup.PhysicsOptimizer.LBFGS,
                        hyper.getPhysicsLearningRate()),
                stages(training.getBaseStages()), stages(training.getFitStages()),
                withDataValues(values(study, ParameterSetRole.TRAINING, family.getParameters(), range), problem),
                values(study, ParameterSetRole.TEST, family.getParameters(), range),
                reference != null && reference.getKind() == ReferenceKind.BUILTIN
                        ? ReferenceSolutions.byName(reference.getBuiltin()) : null,
                data, List.copyOf(meanShifted),
                method.getSurrogateKind() == org.hyperlora.model.SurrogateKind.PARAMETRIC_PINN
                        ? StudySetup.Method.PARAMETRIC_PINN : StudySetup.Method.HYPERLORA);
    }

    /**
     * The training values and, after them, the values where the problem has a data term (not already among them): a
     * fit there meets the data, and the hypernetwork regresses onto it.
     */
    private static double[][] withDataValues(double[][] training, PinnProblem problem) {
        List<double[]> values = new ArrayList<>(List.of(training));
        for (double[] withData : problem.dataParameterValues()) {
            if (values.stream().noneMatch(v -> java.util.Arrays.equals(v, withData))) {
                values.add(withData);
            }
        }
        return values.toArray(double[][]::new);
    }

    /** The domain box of a family's coordinates; throws when a range or name is invalid. */
    public static Domain domain(PdeFamily family) {
        Domain.Builder domain = Domain.builder();
        for (Coordinate coordinate : family.getCoordinates()) {
            if (coordinate.isTime()) {
                domain.time(coordinate.getName(), coordinate.getLower(), coordinate.getUpper());
            } else {
                domain.coordinate(coordinate.getName(), coordinate.getLower(), coordinate.getUpper());
            }
        }
        return domain.build();
    }

    /**
     * The family's domain built from its shapes and named boundary parts, or null when it has no shapes (the domain is
     * the coordinates' box). Dimensions are expressions of the parameters, evaluated at each parameter vector.
     *
     * @throws IllegalArgumentException naming the shape and the problem (an expression that does not parse or reads
     *         coordinates or fields, a polygon with too few vertices, a name used twice, an unknown edge)
     */
    public static ShapedDomain shape(PdeFamily family) {
        if (family.getShapes().isEmpty()) {
            return null;
        }
        SymbolTable symbols = FamilyNames.of(family).symbols();
        List<ShapedDomain.Step> steps = new ArrayList<>();
        for (org.hyperlora.model.Shape shape : family.getShapes()) {
            String name = shape.getName();
            org.hyperlora.engine.geometry.Shape engine;
            if (shape instanceof org.hyperlora.model.Rectangle r) {
                engine = new org.hyperlora.engine.geometry.Shape.Rectangle(name, length(symbols, name, "xmin", r.getXmin()),
                        length(symbols, name, "ymin", r.getYmin()), length(symbols, name, "xmax", r.getXmax()),
                        length(symbols, name, "ymax", r.getYmax()));
            } else if (shape instanceof org.hyperlora.model.Disk d) {
                engine = new org.hyperlora.engine.geometry.Shape.Disk(name, length(symbols, name, "centerX",
                        d.getCenterX()), length(symbols, name, "centerY", d.getCenterY()),
                        length(symbols, name, "radius", d.getRadius()));
            } else if (shape instanceof org.hyperlora.model.Ellipse e) {
                engine = new org.hyperlora.engine.geometry.Shape.Ellipse(name, length(symbols, name, "centerX",
                        e.getCenterX()), length(symbols, name, "centerY", e.getCenterY()),
                        length(symbols, name, "radiusX", e.getRadiusX()), length(symbols, name, "radiusY",
                                e.getRadiusY()));
            } else if (shape instanceof org.hyperlora.model.Box b) {
                engine = new org.hyperlora.engine.geometry.Shape.Box(name, length(symbols, name, "xmin", b.getXmin()),
                        length(symbols, name, "ymin", b.getYmin()), length(symbols, name, "zmin", b.getZmin()),
                        length(symbols, name, "xmax", b.getXmax()), length(symbols, name, "ymax", b.getYmax()),
                        length(symbols, name, "zmax", b.getZmax()));
            } else if (shape instanceof org.hyperlora.model.Sphere b) {
                engine = new org.hyperlora.engine.geometry.Shape.Sphere(name, length(symbols, name, "centerX",
                        b.getCenterX()), length(symbols, name, "centerY", b.getCenterY()),
                        length(symbols, name, "centerZ", b.getCenterZ()), length(symbols, name, "radius",
                                b.getRadius()));
            } else if (shape instanceof org.hyperlora.model.Cylinder c) {
                engine = new org.hyperlora.engine.geometry.Shape.Cylinder(name, c.getAxis().getValue(),
                        length(symbols, name, "center1", c.getCenter1()), length(symbols, name, "center2",
                                c.getCenter2()), length(symbols, name, "start", c.getStart()),
                        length(symbols, name, "end", c.getEnd()), length(symbols, name, "radius", c.getRadius()));
            } else if (shape instanceof org.hyperlora.model.Polygon polygon) {
                List<Length> xs = new ArrayList<>();
                List<Length> ys = new ArrayList<>();
                for (int v = 0; v < polygon.getVertices().size(); v++) {
                    org.hyperlora.model.Vertex vertex = polygon.getVertices().get(v);
                    xs.add(length(symbols, name, "vertex " + (v + 1) + " x", vertex.getX()));
                    ys.add(length(symbols, name, "vertex " + (v + 1) + " y", vertex.getY()));
                }
                if (xs.size() < 3) {
                    throw new IllegalArgumentException("polygon " + name + " has " + xs.size()
                            + " vertices; it needs at least 3");
                }
                engine = new org.hyperlora.engine.geometry.Shape.Polygon(name, xs, ys);
            } else {
                throw new IllegalArgumentException("unknown kind of shape " + shape.eClass().getName());
            }
            steps.add(new ShapedDomain.Step(operation(shape.getOperation()), engine));
        }
        ShapedDomain domain = ShapedDomain.of(domain(family), steps);
        for (org.hyperlora.model.BoundaryPart part : family.getBoundaryParts()) {
            domain = domain.withPart(part.getName(), List.copyOf(part.getEdges()));
        }
        return domain;
    }

    private static ShapedDomain.Operation operation(org.hyperlora.model.CsgOperation operation) {
        return switch (operation) {
        case UNION -> ShapedDomain.Operation.UNION;
        case DIFFERENCE -> ShapedDomain.Operation.DIFFERENCE;
        case INTERSECTION -> ShapedDomain.Operation.INTERSECTION;
        };
    }

    /** A shape's dimension: a number or an expression of the parameters only. */
    private static Length length(SymbolTable symbols, String shape, String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("shape " + shape + ": " + what + " is empty");
        }
        Expression expression;
        try {
            expression = symbols.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shape " + shape + ": " + what + " '" + text + "', " + e.getMessage(), e);
        }
        if (!expression.isFieldFree() || !expression.coordinates().isEmpty()) {
            throw new IllegalArgumentException("shape " + shape + ": " + what + " '" + text
                    + "' may use numbers and parameters only, not coordinates or fields");
        }
        var compiled = expression.compile();
        double[] noCoordinates = new double[symbols.coordinates().size()];
        return new Length(text.strip(), parameters -> compiled.evaluateAt(noCoordinates, parameters),
                expression.parameters().isEmpty());
    }

    /** Where the base network is trained: each parameter's reference value, or the middle of its range if unset. */
    public static double[] referenceValue(List<Parameter> parameters) {
        double[] values = rangeOf(parameters).middle();
        for (int p = 0; p < values.length; p++) {
            if (parameters.get(p).isSetReferenceValue()) {
                values[p] = parameters.get(p).getReferenceValue();
            }
        }
        return values;
    }

    /**
     * The first value outside what its parameter is declared valid for ({@code validAbove}, {@code validBelow}),
     * described for people ({@code nu = -0.01: the family is defined only for nu > 0}), or empty.
     */
    public static Optional<String> outsideValidity(List<Parameter> parameters, double[] values) {
        for (int p = 0; p < parameters.size() && p < values.length; p++) {
            Parameter parameter = parameters.get(p);
            boolean above = !parameter.isSetValidAbove() || values[p] > parameter.getValidAbove();
            boolean below = !parameter.isSetValidBelow() || values[p] < parameter.getValidBelow();
            if (!above || !below) {
                return Optional.of(parameter.getName() + " = " + values[p] + ": the family is defined only for "
                        + validity(parameter));
            }
        }
        return Optional.empty();
    }

    /** {@code nu > 0}, {@code 0 < a < 1}: the values a parameter is declared valid for. */
    public static String validity(Parameter parameter) {
        String name = parameter.getName();
        if (!parameter.isSetValidBelow()) {
            return parameter.isSetValidAbove() ? name + " > " + number(parameter.getValidAbove()) : "any " + name;
        }
        return (parameter.isSetValidAbove() ? number(parameter.getValidAbove()) + " < " : "") + name + " < "
                + number(parameter.getValidBelow());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** The engine's parameter range of a family's parameters. */
    public static ParameterRange rangeOf(List<Parameter> parameters) {
        double[] lower = new double[parameters.size()];
        double[] upper = new double[parameters.size()];
        boolean[] log = new boolean[parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            lower[p] = parameters.get(p).getLower();
            upper[p] = parameters.get(p).getUpper();
            log[p] = parameters.get(p).getScale() == Scale.LOG;
        }
        return new ParameterRange(parameters.stream().map(Parameter::getName).toList(), lower, upper, log);
    }

    private static void putWeight(Map<String, Double> weights, String term, double weight) {
        if (weight != 1.0) {
            weights.put(term, weight);
        }
    }

    /** All distinct values of the sets with that role, in set order; each row in the family's parameter order. */
    private static double[][] values(Study study, ParameterSetRole role, List<Parameter> parameters,
            ParameterRange range) {
        List<double[]> rows = new ArrayList<>();
        for (ParameterSet set : study.getParameterSets()) {
            if (set.getRole() != role) {
                continue;
            }
            if (set.getRule() == ParameterRule.EVENLY_SPACED) {
                rows.addAll(List.of(range.evenlySpaced(set.getCount())));
            } else if (set.getRule() == ParameterRule.CELL_CENTRES) {
                rows.addAll(List.of(range.cellCentres(set.getCount(), CELL_OFFSET)));
            } else {
                for (ParameterPoint point : set.getPoints()) {
                    double[] row = new double[parameters.size()];
                    for (ParameterValue value : point.getValues()) {
                        row[parameters.indexOf(value.getParameter())] = value.getValue();
                    }
                    rows.add(row);
                }
            }
        }
        // a value in two sets (two overlapping rules, listed twice) is one value: it needs one fit, one evaluation
        List<double[]> distinct = new ArrayList<>();
        for (double[] row : rows) {
            if (distinct.stream().noneMatch(seen -> java.util.Arrays.equals(seen, row))) {
                distinct.add(row);
            }
        }
        return distinct.toArray(new double[0][]);
    }

    private static List<TrainingStage> stages(List<OptimizerStage> stages) {
        List<TrainingStage> result = new ArrayList<>();
        for (OptimizerStage stage : stages) {
            result.add(stage.getOptimizer() == OptimizerKind.ADAM
                    ? new TrainingStage.Adam(stage.getIterations(), LearningRateSchedule.constant(stage.getLearningRate()))
                    : new TrainingStage.Lbfgs(LbfgsOptions.forIterations(stage.getIterations())));
        }
        return List.copyOf(result);
    }

    private static Activation activation(ActivationKind activation) {
        return switch (activation) {
        case TANH -> Activation.TANH;
        case SIN -> Activation.SIN;
        case SILU -> Activation.SILU;
        };
    }

    private static SamplerKind sampler(org.hyperlora.model.SamplerKind sampler) {
        return switch (sampler) {
        case SOBOL -> SamplerKind.SOBOL;
        case HALTON -> SamplerKind.HALTON;
        case LHS -> SamplerKind.LATIN_HYPERCUBE;
        case UNIFORM -> SamplerKind.UNIFORM;
        case GRID -> SamplerKind.GRID;
        };
    }

    private static HyperMode mode(HypernetworkMode mode) {
        return switch (mode) {
        case WEIGHTS -> HyperMode.WEIGHTS;
        case PHYSICS -> HyperMode.PHYSICS;
        case BOTH -> HyperMode.BOTH;
        };
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
