package org.hyperlora.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hyperlora.engine.geometry.BoundaryDistance;
import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.ExpressionException;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.reference.ReferenceSolutions;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Equation;
import org.hyperlora.model.Field;
import org.hyperlora.model.HardConstraint;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.HypernetworkMode;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.LoraSettings;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.NetworkSettings;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.ParameterPoint;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Reference;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Scale;
import org.hyperlora.model.Study;
import org.hyperlora.model.Symbol;
import org.hyperlora.model.TrainingSettings;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.SurrogateStatus;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.util.HyperloraValidator;

/**
 * The study validator's constraints, called from the generated {@link HyperloraValidator}. Each problem is one
 * diagnostic: a {@link StudyProblem} code and severity, a message naming the object and what is wrong, and as
 * data the offending object, the feature, and for expressions an {@link ExpressionPosition}.
 */
public final class StudyChecks {

    private StudyChecks() {
    }

    // ---------------------------------------------------------------- study

    public static boolean wellFormed(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (study.getFamily() == null) {
            report.add(StudyProblem.MISSING_PART, study, Literals.STUDY__FAMILY,
                    "study '" + study.getName() + "' has no PDE family");
        }
        MethodSettings method = study.getMethod();
        if (method == null || method.getNetwork() == null || method.getLora() == null
                || method.getHypernetwork() == null || method.getTraining() == null) {
            report.add(StudyProblem.MISSING_PART, method == null ? study : method,
                    method == null ? Literals.STUDY__METHOD : null, "study '" + study.getName()
                            + "' needs method settings with network, lora, hypernetwork and training");
        }
        boolean training = false;
        boolean test = false;
        for (ParameterSet set : study.getParameterSets()) {
            training |= set.getRole() == ParameterSetRole.TRAINING;
            test |= set.getRole() == ParameterSetRole.TEST;
        }
        if (!training) {
            report.add(StudyProblem.NO_TRAINING_SET, study, Literals.STUDY__PARAMETER_SETS, "study '" + study.getName()
                    + "' has no training parameter set: add one with role training (values or a rule)");
        }
        if (!test) {
            report.add(StudyProblem.NO_TEST_SET, study, Literals.STUDY__PARAMETER_SETS, "study '" + study.getName()
                    + "' has no test parameter set: the surrogate will not be checked on held-out values");
        }
        if (method != null && method.getNetwork() != null && method.getLora() != null
                && !unusedByParametricPinn(method)) {
            checkRanks(method.getNetwork(), method.getLora(), study.getFamily(), report);
        }
        if (method != null && method.getNetwork() != null && method.getNetwork().isPeriodicEmbedding()
                && study.getFamily() != null && periodicInEveryField(study.getFamily()).isEmpty()) {
            report.add(StudyProblem.NOTHING_TO_EMBED, method.getNetwork(), Literals.NETWORK_SETTINGS__PERIODIC_EMBEDDING,
                    "network: periodic embedding is on, but no coordinate has a periodic condition on every field; "
                            + "it changes nothing (add the periodic conditions or turn it off)");
        }
        return report.ok();
    }

    /**
     * The coordinates every field has a periodic condition along, in the family's order: what a periodic embedding
     * embeds (the engine's rule, {@code PinnProblem.periodicCoordinates}).
     */
    public static List<String> periodicInEveryField(PdeFamily family) {
        List<String> periodic = new java.util.ArrayList<>();
        for (Coordinate coordinate : family.getCoordinates()) {
            boolean everyField = !family.getFields().isEmpty();
            for (Field field : family.getFields()) {
                everyField &= family.getConditions().stream().anyMatch(condition -> condition.getKind() == ConditionKind.PERIODIC
                        && condition.getField() == field && coordinate.getName() != null
                        && coordinate.getName().equals(condition.getBoundary()));
            }
            if (everyField) {
                periodic.add(coordinate.getName());
            }
        }
        return periodic;
    }

    // ---------------------------------------------------------------- names and ranges

    public static boolean wellFormed(Symbol symbol, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        String kind = kindOf(symbol);
        String name = symbol.getName();
        if (name == null || name.isBlank()) {
            report.add(StudyProblem.INVALID_NAME, symbol, Literals.SYMBOL__NAME, "a " + kind + " has no name");
            return report.ok();
        }
        try {
            SymbolTable.of(List.of(), List.of(name), List.of());
        } catch (IllegalArgumentException e) {
            report.add(StudyProblem.INVALID_NAME, symbol, Literals.SYMBOL__NAME,
                    kind + " '" + name + "': " + e.getMessage().replaceFirst("^field name '[^']*' ", "name "));
            return report.ok();
        }
        if (symbol.eContainer() instanceof PdeFamily family) {
            for (Symbol other : allSymbols(family)) {
                if (other == symbol) {
                    break;
                }
                if (name.equals(other.getName())) {
                    report.add(StudyProblem.DUPLICATE_NAME, symbol, Literals.SYMBOL__NAME, kind + " '" + name
                            + "': the name is already used by a " + kindOf(other) + " (names are shared by coordinates,"
                            + " fields and parameters)");
                    break;
                }
            }
        }
        return report.ok();
    }

    public static boolean validRange(Coordinate coordinate, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        checkRange(report, coordinate, "coordinate '" + coordinate.getName() + "'", coordinate.getLower(),
                coordinate.getUpper(), Literals.COORDINATE__LOWER, Literals.COORDINATE__UPPER);
        return report.ok();
    }

    public static boolean validRange(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        String what = "parameter '" + parameter.getName() + "'";
        double lower = parameter.getLower();
        double upper = parameter.getUpper();
        if (!checkRange(report, parameter, what, lower, upper, Literals.PARAMETER__LOWER, Literals.PARAMETER__UPPER)) {
            return report.ok();
        }
        if (parameter.getScale() == Scale.LOG && !(lower > 0)) {
            report.add(StudyProblem.LOG_SCALE_NOT_POSITIVE, parameter, Literals.PARAMETER__LOWER, what
                    + ": a log scale needs a positive range, got [" + lower + ", " + upper + "]");
        }
        if (StudyMapping.outsideValidity(List.of(parameter), new double[] {lower}).isPresent()
                || StudyMapping.outsideValidity(List.of(parameter), new double[] {upper}).isPresent()) {
            report.add(StudyProblem.OUTSIDE_VALIDITY, parameter, parameter.isSetValidAbove()
                    && !(lower > parameter.getValidAbove()) ? Literals.PARAMETER__LOWER : Literals.PARAMETER__UPPER,
                    what + ": the range [" + lower + ", " + upper + "] reaches values the family is not defined for; it is"
                            + " defined only for " + StudyMapping.validity(parameter));
        }
        if (parameter.isSetReferenceValue()) {
            double reference = parameter.getReferenceValue();
            if (!Double.isFinite(reference)) {
                report.add(StudyProblem.NOT_FINITE, parameter, Literals.PARAMETER__REFERENCE_VALUE,
                        what + ": the reference value is " + reference);
            } else if (reference < lower || reference > upper) {
                report.add(StudyProblem.REFERENCE_VALUE_OUTSIDE_RANGE, parameter, Literals.PARAMETER__REFERENCE_VALUE,
                        what + ": the reference value " + reference + " is outside the range [" + lower + ", "
                                + upper + "]");
            }
        }
        return report.ok();
    }

    private static boolean checkRange(Report report, EObject object, String what, double lower, double upper,
            EAttribute lowerFeature, EAttribute upperFeature) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            report.add(StudyProblem.NOT_FINITE, object, Double.isFinite(lower) ? upperFeature : lowerFeature,
                    what + ": the range [" + lower + ", " + upper + "] must be finite");
            return false;
        }
        if (lower == upper) {
            report.add(StudyProblem.EMPTY_RANGE, object, upperFeature,
                    what + ": the range [" + lower + ", " + upper + "] is empty");
            return false;
        }
        if (lower > upper) {
            report.add(StudyProblem.INVERTED_RANGE, object, lowerFeature,
                    what + ": the range is inverted, lower " + lower + " > upper " + upper);
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- family

    public static boolean wellFormed(PdeFamily family, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        String what = "family '" + family.getName() + "'";
        int coordinates = family.getCoordinates().size();
        long times = family.getCoordinates().stream().filter(Coordinate::isTime).count();
        if (coordinates == 0) {
            report.add(StudyProblem.BAD_COORDINATES, family, Literals.PDE_FAMILY__COORDINATES,
                    what + " has no coordinates");
        } else if (coordinates > Domain.MAX_DIMENSION) {
            report.add(StudyProblem.BAD_COORDINATES, family, Literals.PDE_FAMILY__COORDINATES, what + " has "
                    + coordinates + " coordinates; the engine supports at most " + Domain.MAX_DIMENSION);
        }
        if (times > 1) {
            report.add(StudyProblem.BAD_COORDINATES, family, Literals.PDE_FAMILY__COORDINATES,
                    what + " has " + times + " time coordinates; at most one coordinate can be time");
        }
        if (family.getFields().isEmpty()) {
            report.add(StudyProblem.NO_FIELDS, family, Literals.PDE_FAMILY__FIELDS, what + " has no fields to solve for");
        }
        if (family.getEquations().isEmpty()) {
            report.add(StudyProblem.NO_EQUATIONS, family, Literals.PDE_FAMILY__EQUATIONS, what + " has no equation");
        }
        if (family.getParameters().isEmpty()) {
            report.add(StudyProblem.NO_PARAMETERS, family, Literals.PDE_FAMILY__PARAMETERS,
                    what + " has no parameters: a HyperLoRA surrogate maps parameter values to solutions");
        }
        FamilySymbols symbols = FamilySymbols.of(family, context);
        if (symbols.symbols() == null) {
            checkNamesTogether(family, what, report);
        }
        if (family.getShapes().isEmpty()) {
            checkConflicts(family, symbols, report);
        } else {
            checkShapes(family, symbols, what, report);
        }
        Set<Field> constrained = new HashSet<>();
        for (HardConstraint constraint : family.getHardConstraints()) {
            if (constraint.getField() != null && !constrained.add(constraint.getField())) {
                report.add(StudyProblem.DUPLICATE_HARD_CONSTRAINT, constraint, Literals.HARD_CONSTRAINT__FIELD,
                        "hard constraint on " + constraint.getField().getName() + ": the field already has one");
            }
        }
        return report.ok();
    }

    /**
     * Plane shapes need two space coordinates, solids three, and they do not mix; the domain they make must exist at
     * every parameter value of the range.
     */
    private static void checkShapes(PdeFamily family, FamilySymbols symbols, String what, Report report) {
        long spatial = family.getCoordinates().stream().filter(c -> !c.isTime()).count();
        long solids = family.getShapes().stream().filter(StudyChecks::isSolid).count();
        if (solids > 0 && solids < family.getShapes().size()) {
            report.add(StudyProblem.BAD_SHAPE, family, Literals.PDE_FAMILY__SHAPES, what + " mixes plane shapes"
                    + " (rectangle, disk, ellipse, polygon) and solids (box, sphere, cylinder); use one kind");
            return;
        }
        long needed = solids > 0 ? 3 : 2;
        if (spatial != needed) {
            report.add(StudyProblem.BAD_SHAPE, family, Literals.PDE_FAMILY__SHAPES, what + " has " + spatial
                    + " space coordinates; " + (solids > 0 ? "solids describe space domains (three space coordinates,"
                            : "shapes describe plane domains (two space coordinates,") + " and possibly time)");
            return;
        }
        ShapedDomain shape = symbols.shape();
        if (shape == null || family.getParameters().isEmpty()) {
            return; // a shape is invalid in itself (reported on it), or there is no range to check
        }
        ParameterRange range;
        try {
            range = StudyMapping.rangeOf(family.getParameters());
        } catch (IllegalArgumentException e) {
            return; // reported on the parameters
        }
        Set<String> parts = new LinkedHashSet<>();
        for (Condition condition : family.getConditions()) {
            if (condition.getKind() != ConditionKind.INITIAL && condition.getKind() != ConditionKind.PERIODIC
                    && condition.getBoundary() != null && shape.hasPart(condition.getBoundary())) {
                parts.add(condition.getBoundary());
            }
        }
        org.hyperlora.engine.sampling.Sampler sampler = org.hyperlora.engine.sampling.SamplerKind.SOBOL.create();
        for (double[] values : rangeProbe(range)) {
            String at = "at " + describeValues(family, values) + ": ";
            ShapedDomain.Region region;
            try {
                region = shape.at(values);
            } catch (IllegalArgumentException e) {
                report.add(StudyProblem.BAD_SHAPE, family, Literals.PDE_FAMILY__SHAPES, at + e.getMessage());
                return;
            }
            if (!(region.area(1024, sampler, 1) > 0)) {
                report.add(StudyProblem.BAD_SHAPE, family, Literals.PDE_FAMILY__SHAPES, at + "the domain "
                        + shape.describe() + " has no area left");
                return;
            }
            for (String part : parts) {
                try {
                    region.boundary(part, 4, sampler, 1);
                } catch (IllegalArgumentException e) {
                    report.add(StudyProblem.BAD_SHAPE, family, Literals.PDE_FAMILY__SHAPES, at + e.getMessage());
                    return;
                }
            }
        }
    }

    /**
     * Parameter vectors across a range: each parameter's ends and 7 values between, all combinations up to two
     * parameters; beyond, each parameter across the range, the corners and 64 quasi-random vectors.
     */
    private static List<double[]> rangeProbe(ParameterRange range) {
        int count = range.dimension();
        int steps = 9;
        List<double[]> values = new ArrayList<>();
        if (count <= 2) {
            int total = count == 1 ? steps : steps * steps;
            for (int k = 0; k < total; k++) {
                double[] unit = new double[count];
                unit[0] = (k % steps) / (steps - 1.0);
                if (count == 2) {
                    unit[1] = (k / steps) / (steps - 1.0);
                }
                values.add(range.fromUnit(unit));
            }
        } else {
            // each parameter across its range at the others' middle, every corner (up to 10 parameters), and
            // quasi-random vectors between: a shape can fail only where several parameters are at their ends
            for (int p = 0; p < count; p++) {
                for (int k = 0; k < steps; k++) {
                    double[] unit = new double[count];
                    java.util.Arrays.fill(unit, 0.5);
                    unit[p] = k / (steps - 1.0);
                    values.add(range.fromUnit(unit));
                }
            }
            for (int corner = 0; count <= 10 && corner < 1 << count; corner++) {
                double[] unit = new double[count];
                for (int p = 0; p < count; p++) {
                    unit[p] = (corner >> p) & 1;
                }
                values.add(range.fromUnit(unit));
            }
            double[] inside = org.hyperlora.engine.sampling.SamplerKind.SOBOL.create().sampleUnitCube(64, count, 1);
            for (int k = 0; k < 64; k++) {
                values.add(range.fromUnit(java.util.Arrays.copyOfRange(inside, k * count, (k + 1) * count)));
            }
        }
        return values;
    }

    private static String describeValues(PdeFamily family, double[] values) {
        List<String> text = new ArrayList<>();
        for (int p = 0; p < values.length; p++) {
            String number = String.format(Locale.ROOT, "%.6g", values[p]);
            if (number.contains(".") && !number.contains("e")) {
                number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            text.add(family.getParameters().get(p).getName() + " = " + number);
        }
        return String.join(", ", text);
    }

    // ---------------------------------------------------------------- shapes

    private static final java.util.regex.Pattern PART_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public static boolean wellFormed(org.hyperlora.model.Shape shape, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) shape.eContainer();
        String what = shape.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " "
                + (shape.getName() == null ? "(unnamed)" : shape.getName());
        checkPartName(report, shape, Literals.SHAPE__NAME, shape.getName(), family, "shape");
        List<Object[]> dimensions = new ArrayList<>();
        if (shape instanceof org.hyperlora.model.Rectangle r) {
            dimensions.add(new Object[] { r, Literals.RECTANGLE__XMIN, r.getXmin() });
            dimensions.add(new Object[] { r, Literals.RECTANGLE__YMIN, r.getYmin() });
            dimensions.add(new Object[] { r, Literals.RECTANGLE__XMAX, r.getXmax() });
            dimensions.add(new Object[] { r, Literals.RECTANGLE__YMAX, r.getYmax() });
        } else if (shape instanceof org.hyperlora.model.Disk d) {
            dimensions.add(new Object[] { d, Literals.DISK__CENTER_X, d.getCenterX() });
            dimensions.add(new Object[] { d, Literals.DISK__CENTER_Y, d.getCenterY() });
            dimensions.add(new Object[] { d, Literals.DISK__RADIUS, d.getRadius() });
        } else if (shape instanceof org.hyperlora.model.Ellipse e) {
            dimensions.add(new Object[] { e, Literals.ELLIPSE__CENTER_X, e.getCenterX() });
            dimensions.add(new Object[] { e, Literals.ELLIPSE__CENTER_Y, e.getCenterY() });
            dimensions.add(new Object[] { e, Literals.ELLIPSE__RADIUS_X, e.getRadiusX() });
            dimensions.add(new Object[] { e, Literals.ELLIPSE__RADIUS_Y, e.getRadiusY() });
        } else if (shape instanceof org.hyperlora.model.Box b) {
            dimensions.add(new Object[] { b, Literals.BOX__XMIN, b.getXmin() });
            dimensions.add(new Object[] { b, Literals.BOX__YMIN, b.getYmin() });
            dimensions.add(new Object[] { b, Literals.BOX__ZMIN, b.getZmin() });
            dimensions.add(new Object[] { b, Literals.BOX__XMAX, b.getXmax() });
            dimensions.add(new Object[] { b, Literals.BOX__YMAX, b.getYmax() });
            dimensions.add(new Object[] { b, Literals.BOX__ZMAX, b.getZmax() });
        } else if (shape instanceof org.hyperlora.model.Sphere b) {
            dimensions.add(new Object[] { b, Literals.SPHERE__CENTER_X, b.getCenterX() });
            dimensions.add(new Object[] { b, Literals.SPHERE__CENTER_Y, b.getCenterY() });
            dimensions.add(new Object[] { b, Literals.SPHERE__CENTER_Z, b.getCenterZ() });
            dimensions.add(new Object[] { b, Literals.SPHERE__RADIUS, b.getRadius() });
        } else if (shape instanceof org.hyperlora.model.Cylinder c) {
            dimensions.add(new Object[] { c, Literals.CYLINDER__CENTER1, c.getCenter1() });
            dimensions.add(new Object[] { c, Literals.CYLINDER__CENTER2, c.getCenter2() });
            dimensions.add(new Object[] { c, Literals.CYLINDER__START, c.getStart() });
            dimensions.add(new Object[] { c, Literals.CYLINDER__END, c.getEnd() });
            dimensions.add(new Object[] { c, Literals.CYLINDER__RADIUS, c.getRadius() });
        } else if (shape instanceof org.hyperlora.model.Polygon polygon) {
            if (polygon.getVertices().size() < 3) {
                report.add(StudyProblem.BAD_SHAPE, polygon, Literals.POLYGON__VERTICES, what + " has "
                        + polygon.getVertices().size() + " vertices; a polygon needs at least 3");
            }
            for (org.hyperlora.model.Vertex vertex : polygon.getVertices()) {
                dimensions.add(new Object[] { vertex, Literals.VERTEX__X, vertex.getX() });
                dimensions.add(new Object[] { vertex, Literals.VERTEX__Y, vertex.getY() });
            }
        }
        SymbolTable symbols = FamilySymbols.of(family, context).symbols();
        for (Object[] dimension : dimensions) {
            EObject owner = (EObject) dimension[0];
            EAttribute attribute = (EAttribute) dimension[1];
            String text = (String) dimension[2];
            String label = owner instanceof org.hyperlora.model.Vertex vertex
                    ? what + ", vertex " + (((org.hyperlora.model.Polygon) shape).getVertices().indexOf(vertex) + 1)
                    : what;
            checkExpression(report, owner, attribute, label, text, family, true, true, context);
            Expression expression = symbols == null ? null : parseQuietly(symbols, text);
            if (expression != null && !expression.coordinates().isEmpty()) {
                report.add(StudyProblem.BAD_SHAPE, owner, attribute, label + ": " + attribute.getName() + " '"
                        + abbreviated(text) + "' may use numbers and parameters only, not coordinates");
            }
        }
        if (report.ok() && symbols != null && family != null && family.getParameters().stream()
                .allMatch(p -> p.getName() != null)) {
            // a shape with fixed dimensions is checked here; one that follows the parameters across their range
            try {
                ShapedDomain one = FamilySymbols.of(family, context).shape();
                if (one != null) {
                    one.steps().stream().filter(step -> step.shape().name().equals(shape.getName())
                            && !step.shape().dependsOnParameters()).forEach(step -> step.shape().at(
                                    new double[family.getParameters().size()]));
                }
            } catch (IllegalArgumentException e) {
                report.add(StudyProblem.BAD_SHAPE, shape, null, e.getMessage());
            }
        }
        return report.ok();
    }

    public static boolean wellFormed(org.hyperlora.model.BoundaryPart part, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) part.eContainer();
        String what = "boundary part " + (part.getName() == null ? "(unnamed)" : part.getName());
        checkPartName(report, part, Literals.BOUNDARY_PART__NAME, part.getName(), family, "boundary part");
        if (part.getEdges().isEmpty()) {
            report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, part, Literals.BOUNDARY_PART__EDGES, what
                    + " selects no edges; name shapes (hole) or their edges (box.left)");
        }
        if (family == null) {
            return report.ok();
        }
        for (String selector : part.getEdges()) {
            int dot = selector.indexOf('.');
            String shapeName = dot < 0 ? selector : selector.substring(0, dot);
            org.hyperlora.model.Shape shape = family.getShapes().stream().filter(s -> shapeName.equals(s.getName()))
                    .findFirst().orElse(null);
            if (shape == null) {
                report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, part, Literals.BOUNDARY_PART__EDGES, what
                        + ": no shape named '" + shapeName + "'; shapes: " + family.getShapes().stream()
                                .map(org.hyperlora.model.Shape::getName).toList());
            } else if (dot >= 0) {
                List<String> edges = edgeNames(shape);
                if (!edges.contains(selector.substring(dot + 1))) {
                    report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, part, Literals.BOUNDARY_PART__EDGES, what + ": "
                            + shape.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " " + shapeName
                            + " has no edge '" + selector.substring(dot + 1) + "'; its edges: "
                            + String.join(", ", edges));
                }
            }
        }
        return report.ok();
    }

    /** Whether a shape is a solid (box, sphere, cylinder), for a family with three space coordinates. */
    static boolean isSolid(org.hyperlora.model.Shape shape) {
        return shape instanceof org.hyperlora.model.Box || shape instanceof org.hyperlora.model.Sphere
                || shape instanceof org.hyperlora.model.Cylinder;
    }

    /** The edge names a condition may select on a shape ({@code box.left}), as the engine names them. */
    public static List<String> edgeNames(org.hyperlora.model.Shape shape) {
        if (shape instanceof org.hyperlora.model.Polygon polygon) {
            List<String> names = new ArrayList<>();
            for (int e = 1; e <= polygon.getVertices().size(); e++) {
                names.add("e" + e);
            }
            return names;
        }
        // the engine's names, so the two cannot drift apart
        if (shape instanceof org.hyperlora.model.Box) {
            return org.hyperlora.engine.geometry.Solid.BOX_FACES;
        }
        if (shape instanceof org.hyperlora.model.Sphere) {
            return List.of(org.hyperlora.engine.geometry.Solid.SURFACE);
        }
        if (shape instanceof org.hyperlora.model.Cylinder) {
            return org.hyperlora.engine.geometry.Solid.CYLINDER_FACES;
        }
        return shape instanceof org.hyperlora.model.Rectangle ? org.hyperlora.engine.geometry.Outline.RECTANGLE_EDGES
                : List.of(org.hyperlora.engine.geometry.Outline.CIRCUMFERENCE);
    }

    /** A shape's or part's name: an identifier, not reserved, unique among the family's shapes and parts. */
    private static void checkPartName(Report report, EObject owner, EAttribute attribute, String name, PdeFamily family,
            String kind) {
        if (name == null || !PART_NAME.matcher(name).matches()) {
            report.add(StudyProblem.INVALID_NAME, owner, attribute, kind + " name '" + name
                    + "' is not a name (a letter, then letters, digits or _)");
            return;
        }
        if (name.equals(Domain.BOUNDARY) || name.equals(Domain.INITIAL)) {
            report.add(StudyProblem.INVALID_NAME, owner, attribute, kind + " name '" + name
                    + "' is reserved for a boundary part of every domain; choose another");
            return;
        }
        if (family == null) {
            return;
        }
        long uses = family.getShapes().stream().filter(s -> name.equals(s.getName())).count()
                + family.getBoundaryParts().stream().filter(p -> name.equals(p.getName())).count();
        if (uses > 1) {
            report.add(StudyProblem.DUPLICATE_NAME, owner, attribute, kind + " name '" + name
                    + "' is used twice among the shapes and boundary parts");
        }
    }

    /**
     * Names that are each valid and distinct can still be refused together: coordinates x and xx make u_xx
     * ambiguous. The per-symbol checks cannot see that, and without a report here the missing symbol table would
     * silently skip every expression check and pass the study on to the engine, which refuses it.
     */
    private static void checkNamesTogether(PdeFamily family, String what, Report report) {
        Set<String> seen = new HashSet<>();
        for (Symbol symbol : allSymbols(family)) {
            String name = symbol.getName();
            if (name == null || name.isBlank() || !seen.add(name) || !validAlone(name)) {
                return; // reported on the symbol
            }
        }
        try {
            FamilyNames.of(family).symbols(); // every name is there and valid alone (checked above)
        } catch (IllegalArgumentException e) {
            report.add(StudyProblem.INVALID_NAME, family, Literals.PDE_FAMILY__COORDINATES, what + ": " + e.getMessage());
        }
    }

    private static boolean validAlone(String name) {
        try {
            SymbolTable.of(List.of(), List.of(name), List.of());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Two conditions on the same field sharing a face over-determine it there. */
    private static void checkConflicts(PdeFamily family, FamilySymbols symbols, Report report) {
        if (symbols.domain() == null) {
            return;
        }
        List<Condition> conditions = family.getConditions();
        for (int j = 0; j < conditions.size(); j++) {
            Condition later = conditions.get(j);
            Set<BoundaryFace> laterFaces = facesOf(later, symbols.domain());
            if (later.getField() == null || laterFaces.isEmpty()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                Condition earlier = conditions.get(i);
                if (earlier.getField() != later.getField()) {
                    continue;
                }
                Set<BoundaryFace> shared = new LinkedHashSet<>(facesOf(earlier, symbols.domain()));
                shared.retainAll(laterFaces);
                if (!shared.isEmpty()) {
                    report.add(StudyProblem.CONFLICTING_CONDITIONS, later, Literals.CONDITION__BOUNDARY,
                            describe(later) + " conflicts with condition " + (i + 1) + " (" + describe(earlier)
                                    + "): both prescribe " + later.getField().getName() + " on "
                                    + faceNames(shared));
                    break;
                }
            }
        }
    }

    public static boolean conditionsComplete(PdeFamily family, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        FamilySymbols symbols = FamilySymbols.of(family, context);
        if (symbols.symbols() == null || symbols.domain() == null) {
            return true;
        }
        Domain domain = symbols.domain();
        // the highest derivative order of each field along each coordinate, over all equations
        int fieldCount = family.getFields().size();
        int[][] order = new int[fieldCount][domain.dimension()];
        for (Equation equation : family.getEquations()) {
            Expression expression = parseQuietly(symbols.symbols(), equation.getResidual());
            if (expression == null) {
                continue;
            }
            for (StreamKey key : expression.streams()) {
                for (int axis = 0; axis < domain.dimension(); axis++) {
                    order[key.field()][axis] = Math.max(order[key.field()][axis], key.derivative().count(axis));
                }
            }
        }
        if (!family.getShapes().isEmpty()) {
            checkShapeConditions(family, symbols, order, report);
            return report.ok();
        }
        for (int f = 0; f < fieldCount; f++) {
            Field field = family.getFields().get(f);
            if (hasHardConstraint(family, field)) {
                continue; // g + d·N meets its values by construction; which ones is up to the user's g and d
            }
            Set<BoundaryFace> covered = new HashSet<>();
            for (Condition condition : family.getConditions()) {
                if (condition.getField() == field) {
                    covered.addAll(facesOf(condition, domain));
                }
            }
            for (BoundaryFace face : domain.faces()) {
                int needed = face.isInitial() ? 1 : 2; // a time derivative needs an initial value; u_xx needs both ends
                if (order[f][face.axis()] >= needed && !covered.contains(face)) {
                    String derivative = face.isInitial() ? "a derivative in " + face.coordinateName()
                            : "a second derivative in " + face.coordinateName();
                    report.add(StudyProblem.MISSING_CONDITION, family, Literals.PDE_FAMILY__CONDITIONS,
                            "field " + field.getName() + " has " + derivative + " but no condition on "
                                    + face.name() + (face.isInitial() ? " (an initial condition)" : "")
                                    + ": the solution is not determined there");
                }
            }
        }
        return report.ok();
    }

    /**
     * On a domain made of shapes, a field with a second derivative in space needs a condition on every piece of the
     * boundary: reported per shape whose edges on the boundary (at the parameters' reference values) no condition on
     * the field covers.
     */
    private static void checkShapeConditions(PdeFamily family, FamilySymbols symbols, int[][] order, Report report) {
        ShapedDomain shape = symbols.shape();
        if (shape == null || family.getParameters().isEmpty()) {
            return;
        }
        Set<String> pieces;
        try {
            pieces = shape.at(StudyMapping.referenceValue(family.getParameters())).boundaryPieces(64);
        } catch (IllegalArgumentException e) {
            return; // degenerate at the reference value: reported by the family's shape check
        }
        for (int f = 0; f < family.getFields().size(); f++) {
            Field field = family.getFields().get(f);
            boolean secondInSpace = false;
            for (int axis : shape.spatialAxes()) {
                secondInSpace |= order[f][axis] >= 2;
            }
            if (!secondInSpace || hasHardConstraint(family, field)) {
                continue;
            }
            Set<String> covered = new HashSet<>();
            for (Condition condition : family.getConditions()) {
                if (condition.getField() == field && condition.getKind() != ConditionKind.INITIAL
                        && shape.hasPart(condition.getBoundary())) {
                    covered.addAll(shape.edgesOf(condition.getBoundary()));
                }
            }
            Set<String> open = new LinkedHashSet<>();
            for (String piece : pieces) {
                if (!covered.contains(piece)) {
                    open.add(piece);
                }
            }
            if (!open.isEmpty()) {
                report.add(StudyProblem.MISSING_CONDITION, family, Literals.PDE_FAMILY__CONDITIONS, "field "
                        + field.getName() + " has a second derivative in space but no condition on "
                        + String.join(", ", open) + ": the solution is not determined there");
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    public static boolean parses(Equation equation, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) equation.eContainer();
        String what = "equation " + (family == null ? "" : (family.getEquations().indexOf(equation) + 1) + " ")
                + (equation.getName() == null ? "" : "'" + equation.getName() + "' ");
        checkExpression(report, equation, Literals.EQUATION__RESIDUAL, what.trim(), equation.getResidual(), family,
                false, true, context);
        checkWeight(report, equation, Literals.EQUATION__WEIGHT, what.trim(), equation.getWeight());
        return report.ok();
    }

    public static boolean parses(HardConstraint constraint, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) constraint.eContainer();
        if (constraint.getField() == null) {
            report.add(StudyProblem.MISSING_FIELD, constraint, Literals.HARD_CONSTRAINT__FIELD,
                    "a hard constraint has no field");
        }
        String what = "hard constraint on " + (constraint.getField() == null ? "?" : constraint.getField().getName());
        checkExpression(report, constraint, Literals.HARD_CONSTRAINT__VALUE, what + ", value", constraint.getValue(),
                family, true, true, context);
        if (constraint.getVanishesOn().isEmpty()) {
            checkExpression(report, constraint, Literals.HARD_CONSTRAINT__DISTANCE, what + ", distance",
                    constraint.getDistance(), family, true, true, context);
        } else if (constraint.getDistance() != null && !constraint.getDistance().isBlank()) {
            report.add(StudyProblem.BAD_DISTANCE, constraint, Literals.HARD_CONSTRAINT__DISTANCE, what + ": give either a"
                    + " distance expression or the parts the built-in distance vanishes on ("
                    + String.join(", ", constraint.getVanishesOn()) + "), not both");
        } else {
            checkBuiltInDistance(constraint, family, what, report, context);
        }
        return report.ok();
    }

    /**
     * The built-in distance exists for the named parts, and on a shaped domain it is usable at every probed parameter
     * value: its edges are boundary all along and it is positive inside.
     */
    private static void checkBuiltInDistance(HardConstraint constraint, PdeFamily family, String what, Report report,
            Map<Object, Object> context) {
        FamilySymbols symbols = FamilySymbols.of(family, context);
        Domain domain = symbols.domain();
        if (domain == null || symbols.symbols() == null) {
            return; // the coordinates are reported on their own
        }
        List<String> parts = List.copyOf(constraint.getVanishesOn());
        ShapedDomain shape = family.getShapes().isEmpty() ? null : symbols.shape();
        if (!family.getShapes().isEmpty() && shape == null) {
            return; // invalid shapes are reported on them
        }
        String d;
        try {
            d = shape == null ? BoundaryDistance.of(domain, parts) : BoundaryDistance.of(shape, parts);
        } catch (IllegalArgumentException e) {
            report.add(StudyProblem.BAD_DISTANCE, constraint, Literals.HARD_CONSTRAINT__VANISHES_ON, what + ": "
                    + e.getMessage());
            return;
        }
        if (shape == null) {
            return; // a box's faces: the product of their distances is positive inside
        }
        List<double[]> probe;
        try {
            probe = family.getParameters().isEmpty() ? List.of(new double[0])
                    : rangeProbe(StudyMapping.rangeOf(family.getParameters()));
        } catch (IllegalArgumentException e) {
            return; // reported on the parameters
        }
        org.hyperlora.engine.pde.CompiledExpression compiled;
        try {
            compiled = Expression.parseGenerated(d, symbols.symbols()).compile();
        } catch (ExpressionException e) {
            report.add(StudyProblem.BAD_DISTANCE, constraint, Literals.HARD_CONSTRAINT__VANISHES_ON, what + ": the"
                    + " built-in distance does not parse (" + e.getMessage() + ")");
            return;
        }
        org.hyperlora.engine.sampling.Sampler sampler = org.hyperlora.engine.sampling.SamplerKind.SOBOL.create();
        int dimension = domain.dimension();
        for (double[] values : probe) {
            try {
                ShapedDomain.Region region = shape.at(values);
                double[] interior = region.interior(256, sampler, 1);
                double[] inside = new double[256];
                double[] point = new double[dimension];
                for (int p = 0; p < 256; p++) {
                    System.arraycopy(interior, p * dimension, point, 0, dimension);
                    inside[p] = compiled.evaluateAt(point, values);
                }
                double[] at = values;
                org.hyperlora.engine.pde.CompiledExpression distance = compiled;
                BoundaryDistance.requireUsable(shape, region, parts, interior, inside, points -> {
                    double[] out = new double[points.length / dimension];
                    double[] one = new double[dimension];
                    for (int p = 0; p < out.length; p++) {
                        System.arraycopy(points, p * dimension, one, 0, dimension);
                        out[p] = distance.evaluateAt(one, at);
                    }
                    return out;
                });
            } catch (IllegalArgumentException e) {
                report.add(StudyProblem.BAD_DISTANCE, constraint, Literals.HARD_CONSTRAINT__VANISHES_ON, what
                        + (values.length == 0 ? ": " : " at " + describeValues(family, values) + ": ") + e.getMessage());
                return;
            }
        }
    }

    public static boolean wellFormed(Condition condition, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) condition.eContainer();
        String what = describe(condition);
        if (condition.getField() == null) {
            report.add(StudyProblem.MISSING_FIELD, condition, Literals.CONDITION__FIELD, what + " has no field");
        }
        checkWeight(report, condition, Literals.CONDITION__WEIGHT, what, condition.getWeight());
        FamilySymbols symbols = FamilySymbols.of(family, context);
        Domain domain = symbols.domain();
        if (domain != null && family != null && !family.getShapes().isEmpty()) {
            switch (condition.getKind()) {
            case INITIAL -> {
                if (domain.timeCoordinate().isEmpty()) {
                    report.add(StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE, condition, Literals.CONDITION__KIND,
                            what + ": the family has no time coordinate; mark one coordinate as time");
                }
            }
            case PERIODIC -> report.add(StudyProblem.PERIODIC_ON_SHAPE, condition, Literals.CONDITION__KIND, what
                    + ": periodic conditions pair opposite faces of the coordinates' box; this domain is made of shapes");
            default -> {
                if (symbols.shape() != null && !symbols.shape().hasPart(condition.getBoundary())) {
                    report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, condition, Literals.CONDITION__BOUNDARY,
                            what + ": " + symbols.shape().unknownPart(condition.getBoundary()));
                }
            }
            }
        } else if (domain != null) {
            switch (condition.getKind()) {
            case INITIAL -> {
                if (domain.timeCoordinate().isEmpty()) {
                    report.add(StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE, condition, Literals.CONDITION__KIND,
                            what + ": the family has no time coordinate; mark one coordinate as time");
                }
            }
            case PERIODIC -> {
                String boundary = condition.getBoundary();
                if (boundary == null || boundary.isBlank()) {
                    // checked here: the engine's Domain.periodicPair(null) fails with a NullPointerException
                    report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, condition, Literals.CONDITION__BOUNDARY, what
                            + ": no coordinate is given; name a spatial coordinate of " + domain.describe());
                } else {
                    try {
                        domain.periodicPair(boundary);
                    } catch (IllegalArgumentException e) {
                        // along time: named by the coordinate or by its initial face
                        boolean time = domain.timeCoordinate().map(t -> t.equals(boundary)).orElse(false)
                                || domain.faces().stream().anyMatch(f -> f.isInitial() && f.names().contains(boundary));
                        report.add(time ? StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE
                                : StudyProblem.UNKNOWN_BOUNDARY_PART, condition, Literals.CONDITION__BOUNDARY,
                                what + ": " + e.getMessage());
                    }
                }
            }
            default -> {
                try {
                    domain.boundaryPart(condition.getBoundary());
                } catch (IllegalArgumentException e) {
                    report.add(StudyProblem.UNKNOWN_BOUNDARY_PART, condition, Literals.CONDITION__BOUNDARY,
                            what + ": " + e.getMessage());
                }
            }
            }
        }
        if (condition.getKind() != ConditionKind.PERIODIC) {
            checkExpression(report, condition, Literals.CONDITION__EXPRESSION, what, condition.getExpression(), family,
                    true, true, context);
        }
        if (condition.getKind() == ConditionKind.ROBIN) {
            // unset: 1; set: an expression in coordinates and parameters
            if (condition.isSetValueCoefficient()) {
                checkExpression(report, condition, Literals.CONDITION__VALUE_COEFFICIENT, what + ", a (the value's"
                        + " coefficient)", condition.getValueCoefficient(), family, true, true, context);
            }
            if (condition.isSetNormalCoefficient()) {
                checkExpression(report, condition, Literals.CONDITION__NORMAL_COEFFICIENT, what + ", b (the normal"
                        + " derivative's coefficient)", condition.getNormalCoefficient(), family, true, true, context);
            }
        }
        return report.ok();
    }

    /**
     * Parses an expression against the family's symbols; reports a syntax error or unknown name with its position,
     * an empty required expression, or fields where only coordinates and parameters may appear.
     */
    private static void checkExpression(Report report, EObject owner, EAttribute attribute, String what, String text,
            PdeFamily family, boolean fieldFree, boolean required, Map<Object, Object> context) {
        if (text == null || text.isBlank()) {
            if (required) {
                report.add(StudyProblem.MISSING_EXPRESSION, owner, attribute, what + ": the "
                        + attribute.getName() + " expression is empty");
            }
            return;
        }
        SymbolTable symbols = FamilySymbols.of(family, context).symbols();
        if (symbols == null) {
            return; // the names are reported invalid; parsing against them would only repeat that
        }
        try {
            Expression expression = symbols.parse(text);
            if (fieldFree && !expression.isFieldFree()) {
                report.add(StudyProblem.EXPRESSION_USES_FIELD, owner, attribute, what + ": '" + abbreviated(text)
                        + "' may use coordinates and parameters only, not fields");
            }
        } catch (ExpressionException e) {
            boolean unknown = e.getBareMessage().startsWith("unknown");
            report.add(unknown ? StudyProblem.UNKNOWN_SYMBOL : StudyProblem.EXPRESSION_SYNTAX, owner, attribute,
                    what + ": " + attribute.getName() + " '" + abbreviated(text) + "', " + e.getMessage(),
                    new ExpressionPosition(attribute, e.getOffset(), e.getLength(), e.getLine(), e.getColumn()));
        } catch (IllegalArgumentException e) {
            report.add(StudyProblem.EXPRESSION_SYNTAX, owner, attribute, what + ": " + e.getMessage());
        }
    }

    /** The longest expression quoted whole in a message; longer ones show their start (the position says where). */
    private static final int QUOTED_LENGTH = 80;

    private static String abbreviated(String text) {
        return text.length() <= QUOTED_LENGTH ? text
                : text.substring(0, QUOTED_LENGTH) + "... (" + text.length() + " characters)";
    }

    private static Expression parseQuietly(SymbolTable symbols, String text) {
        try {
            return text == null ? null : symbols.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkWeight(Report report, EObject owner, EAttribute attribute, String what, double weight) {
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            report.add(StudyProblem.BAD_WEIGHT, owner, attribute,
                    what + ": the loss weight must be finite and >= 0, got " + weight);
        }
    }

    // ---------------------------------------------------------------- reference

    public static boolean wellFormed(Reference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        PdeFamily family = (PdeFamily) reference.eContainer();
        checkWeight(report, reference, Literals.REFERENCE__DATA_WEIGHT, "reference data", reference.getDataWeight());
        if (reference.getKind() != ReferenceKind.DATA_FILE && reference.getDataWeight() > 0) {
            report.add(StudyProblem.BAD_WEIGHT, reference, Literals.REFERENCE__DATA_WEIGHT, "reference: a data weight of "
                    + reference.getDataWeight() + " needs a data file to fit (the reference is '"
                    + reference.getKind().getLiteral() + "'); set it to 0 or make the reference a data file");
        }
        if (reference.getKind() == ReferenceKind.BUILTIN) {
            ReferenceSolution solution;
            try {
                solution = ReferenceSolutions.byName(reference.getBuiltin());
            } catch (IllegalArgumentException e) {
                report.add(StudyProblem.UNKNOWN_REFERENCE, reference, Literals.REFERENCE__BUILTIN,
                        "reference: " + e.getMessage());
                return report.ok();
            }
            if (family != null) {
                boolean named = compareNames(report, reference, "coordinates", solution.coordinateNames(),
                        family.getCoordinates())
                        & compareNames(report, reference, "fields", solution.fieldNames(), family.getFields())
                        & compareNames(report, reference, "parameters", solution.parameterNames(), family.getParameters());
                if (named) {
                    ReferenceCheck.mismatch(family, solution).ifPresent(mismatch -> report.add(
                            StudyProblem.REFERENCE_DOES_NOT_SOLVE, reference, Literals.REFERENCE__BUILTIN,
                            String.format(Locale.ROOT, "reference '%s' does not solve the family as edited: its %s"
                                    + " residual is %.2g of the term's size at %s, point %s; it is not exact for this"
                                    + " study (change the reference to a data file, or undo the edit)",
                                    reference.getBuiltin(), mismatch.term(), mismatch.relative(),
                                    java.util.Arrays.toString(mismatch.parameters()),
                                    java.util.Arrays.toString(mismatch.point()))));
                }
            }
        } else {
            checkDataFile(reference, family, report);
        }
        return report.ok();
    }

    /** Whether the names agree (reported when they do not; an unnamed symbol is reported on itself). */
    private static boolean compareNames(Report report, Reference reference, String what, List<String> expected,
            List<? extends Symbol> symbols) {
        List<String> actual = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (symbol.getName() == null) {
                return false;
            }
            actual.add(symbol.getName());
        }
        if (!expected.equals(actual)) {
            report.add(StudyProblem.REFERENCE_MISMATCH, reference, Literals.REFERENCE__BUILTIN, "reference '"
                    + reference.getBuiltin() + "' has the " + what + " " + expected + ", the family has " + actual);
            return false;
        }
        return true;
    }

    private static void checkDataFile(Reference reference, PdeFamily family, Report report) {
        String file = reference.getDataFile();
        if (file == null || file.isBlank()) {
            report.add(StudyProblem.BAD_DATA_FILE, reference, Literals.REFERENCE__DATA_FILE,
                    "reference: no data file is given");
            return;
        }
        try {
            Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            report.add(StudyProblem.BAD_DATA_FILE, reference, Literals.REFERENCE__DATA_FILE,
                    "reference data file '" + file + "' is not a valid path: " + e.getReason());
            return;
        }
        Path path = resolve(reference, file);
        if (path == null) {
            return; // an in-memory study: relative paths have no base to check against
        }
        if (!Files.isRegularFile(path)) {
            report.add(StudyProblem.BAD_DATA_FILE, reference, Literals.REFERENCE__DATA_FILE,
                    "reference data file '" + file + "' does not exist (looked for " + path + ")");
            return;
        }
        FamilyNames names = FamilyNames.of(family);
        if (names == null) {
            return; // an unnamed symbol is reported on itself; the columns are checked once every name is known
        }
        try {
            ReferenceData data = DATA_FILES.read(path, names);
            ParameterRange range;
            Domain domain;
            try {
                range = StudyMapping.rangeOf(family.getParameters());
                domain = StudyMapping.domain(family);
            } catch (IllegalArgumentException invalidFamily) {
                return; // a bad range or domain is reported on the family; rows are checked against a sound one
            }
            data.checkWithin(range, domain);
            ShapedDomain shape = FamilySymbols.shapeOf(family);
            if (shape != null) {
                data.checkWithin(shape);
            }
        } catch (IllegalArgumentException badData) {
            report.add(StudyProblem.BAD_DATA_FILE, reference, Literals.REFERENCE__DATA_FILE,
                    "reference data: " + badData.getMessage());
        } catch (IOException e) {
            report.add(StudyProblem.BAD_DATA_FILE, reference, Literals.REFERENCE__DATA_FILE,
                    "reference data file '" + file + "' cannot be read: " + e.getMessage());
        }
    }

    /**
     * Data files read by the validator, kept while the file and the family's names stay the same: the editor validates
     * after every change, and most changes do not touch the data.
     */
    private static final DataFileCache DATA_FILES = new DataFileCache();

    private static final class DataFileCache {
        private record Key(Path file, long size, FileTime modified, FamilyNames names) {
        }

        private final Map<Key, ReferenceData> read = new LinkedHashMap<>(8, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, ReferenceData> eldest) {
                return size() > 4;
            }
        };

        ReferenceData read(Path file, FamilyNames names) throws IOException {
            Key key = new Key(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file),
                    names);
            synchronized (read) {
                ReferenceData known = read.get(key);
                if (known != null) {
                    return known;
                }
            }
            ReferenceData data = ReferenceData.read(file, names.parameters(), names.coordinates(), names.fields());
            synchronized (read) {
                read.put(key, data);
            }
            return data;
        }
    }

    /** A path relative to the study file, or null when the study has no file location. */
    public static Path resolve(EObject object, String relative) {
        try {
            return resolveOrThrow(object, relative);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static Path resolveOrThrow(EObject object, String relative) {
        if (object.eResource() == null || object.eResource().getURI() == null) {
            return Path.of(relative).isAbsolute() ? Path.of(relative) : null;
        }
        URI uri = object.eResource().getURI();
        if (!uri.isFile()) {
            return Path.of(relative).isAbsolute() ? Path.of(relative) : null;
        }
        Path base = Path.of(uri.toFileString()).toAbsolutePath().getParent();
        return base.resolve(relative).normalize();
    }

    // ---------------------------------------------------------------- method settings

    public static boolean wellFormed(NetworkSettings network, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (network.getHiddenWidths().isEmpty()) {
            report.add(StudyProblem.NON_POSITIVE_COUNT, network, Literals.NETWORK_SETTINGS__HIDDEN_WIDTHS,
                    "network: no hidden layers; give at least one width");
        }
        checkWidths(report, network, Literals.NETWORK_SETTINGS__HIDDEN_WIDTHS, "network", network.getHiddenWidths());
        return report.ok();
    }

    /**
     * Whether the object belongs to a study whose method is the parametric PINN, which does not use the LoRA settings,
     * the hypernetwork's (but its batch size) or the fit stages: they are not checked then (the Method page greys them
     * out), so that a value that changes nothing does not stop the training.
     */
    private static boolean unusedByParametricPinn(org.eclipse.emf.ecore.EObject object) {
        for (org.eclipse.emf.ecore.EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof MethodSettings method) {
                return method.getSurrogateKind() == org.hyperlora.model.SurrogateKind.PARAMETRIC_PINN;
            }
        }
        return false;
    }

    public static boolean wellFormed(LoraSettings lora, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (unusedByParametricPinn(lora)) {
            return report.ok();
        }
        if (lora.getRanksPerLayer().isEmpty() && lora.getRank() < 1) {
            report.add(StudyProblem.NON_POSITIVE_COUNT, lora, Literals.LORA_SETTINGS__RANK,
                    "LoRA: the rank must be >= 1, got " + lora.getRank());
        }
        for (int layer = 0; layer < lora.getRanksPerLayer().size(); layer++) {
            if (lora.getRanksPerLayer().get(layer) < 1) {
                report.add(StudyProblem.NON_POSITIVE_COUNT, lora, Literals.LORA_SETTINGS__RANKS_PER_LAYER,
                        "LoRA: the rank of layer " + (layer + 1) + " must be >= 1, got " + lora.getRanksPerLayer().get(layer));
            }
        }
        return report.ok();
    }

    /**
     * A rank at or above a hidden width makes the "low-rank" adapter as large as the layer: reported on the
     * study, which sees both the network and the LoRA settings. The input and output layers are exempt: their
     * rank is capped at min(fan-in, fan-out) by the engine, which is what a user means there.
     */
    private static void checkRanks(NetworkSettings network, LoraSettings lora, PdeFamily family, Report report) {
        List<Integer> widths = network.getHiddenWidths();
        int layers = widths.size() + 1;
        if (!lora.getRanksPerLayer().isEmpty()) {
            if (lora.getRanksPerLayer().size() != layers) {
                report.add(StudyProblem.RANK_COUNT_MISMATCH, lora, Literals.LORA_SETTINGS__RANKS_PER_LAYER,
                        "LoRA: " + lora.getRanksPerLayer().size() + " per-layer ranks for a network with " + layers
                                + " dense layers (" + widths.size() + " hidden + output)");
                return;
            }
            for (int layer = 1; layer < widths.size(); layer++) {
                int rank = lora.getRanksPerLayer().get(layer);
                int width = Math.min(widths.get(layer - 1), widths.get(layer));
                if (rank >= width) {
                    report.add(StudyProblem.RANK_NOT_BELOW_WIDTH, lora, Literals.LORA_SETTINGS__RANKS_PER_LAYER,
                            "LoRA: rank " + rank + " of layer " + (layer + 1) + " is not below its width " + width
                                    + "; a low-rank adapter needs rank < width");
                }
            }
            return;
        }
        for (int width : widths) {
            if (lora.getRank() >= width && width > 0) {
                report.add(StudyProblem.RANK_NOT_BELOW_WIDTH, lora, Literals.LORA_SETTINGS__RANK, "LoRA: rank "
                        + lora.getRank() + " is not below the hidden width " + width
                        + "; a low-rank adapter needs rank < width");
                return;
            }
        }
    }

    public static boolean wellFormed(HypernetworkSettings hyper, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (unusedByParametricPinn(hyper)) {
            // the parametric PINN draws its batches with the hypernetwork's batch size, and uses nothing else here
            positive(report, hyper, Literals.HYPERNETWORK_SETTINGS__BATCH_SIZE, "hypernetwork batch size",
                    hyper.getBatchSize(), StudyProblem.NON_POSITIVE_COUNT);
            return report.ok();
        }
        checkWidths(report, hyper, Literals.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS, "hypernetwork", hyper.getHiddenWidths());
        checkWeight(report, hyper, Literals.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT, "hypernetwork physics",
                hyper.getPhysicsWeight());
        checkWeight(report, hyper, Literals.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT, "hypernetwork regression",
                hyper.getRegressionWeight());
        HypernetworkMode mode = hyper.getMode();
        if (mode != HypernetworkMode.WEIGHTS && hyper.getPhysicsWeight() == 0) {
            report.add(StudyProblem.BAD_WEIGHT, hyper, Literals.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT,
                    "hypernetwork: mode " + mode + " trains on the physics loss, but its weight is 0");
        }
        if (mode != HypernetworkMode.PHYSICS && hyper.getRegressionWeight() == 0) {
            report.add(StudyProblem.BAD_WEIGHT, hyper, Literals.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT,
                    "hypernetwork: mode " + mode + " regresses onto fitted adapters, but its weight is 0");
        }
        if (mode != HypernetworkMode.PHYSICS) {
            positive(report, hyper, Literals.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS,
                    "hypernetwork regression iterations", hyper.getRegressionIterations(), StudyProblem.ZERO_ITERATIONS);
        }
        if (mode != HypernetworkMode.WEIGHTS && hyper.getPhysicsOptimizer() == OptimizerKind.ADAM
                && !(hyper.getPhysicsLearningRate() > 0 && Double.isFinite(hyper.getPhysicsLearningRate()))) {
            report.add(StudyProblem.BAD_LEARNING_RATE, hyper, Literals.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE,
                    "hypernetwork: the physics stage's Adam learning rate must be positive and finite, got "
                            + hyper.getPhysicsLearningRate());
        }
        if (mode != HypernetworkMode.WEIGHTS) {
            positive(report, hyper, Literals.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS, "hypernetwork physics rounds",
                    hyper.getPhysicsRounds(), StudyProblem.ZERO_ITERATIONS);
            positive(report, hyper, Literals.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND,
                    "hypernetwork iterations per round", hyper.getIterationsPerRound(), StudyProblem.ZERO_ITERATIONS);
            positive(report, hyper, Literals.HYPERNETWORK_SETTINGS__BATCH_SIZE, "hypernetwork batch size",
                    hyper.getBatchSize(), StudyProblem.NON_POSITIVE_COUNT);
        }
        return report.ok();
    }

    public static boolean wellFormed(TrainingSettings training, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        positive(report, training, Literals.TRAINING_SETTINGS__COLLOCATION_POINTS, "training: collocation points",
                training.getCollocationPoints(), StudyProblem.NON_POSITIVE_COUNT);
        positive(report, training, Literals.TRAINING_SETTINGS__BOUNDARY_POINTS, "training: boundary points",
                training.getBoundaryPoints(), StudyProblem.NON_POSITIVE_COUNT);
        if (training.getBaseStages().isEmpty()) {
            report.add(StudyProblem.NO_STAGES, training, Literals.TRAINING_SETTINGS__BASE_STAGES,
                    "training: the base PINN has no optimizer stages");
        }
        if (training.getFitStages().isEmpty() && !unusedByParametricPinn(training)) {
            report.add(StudyProblem.NO_STAGES, training, Literals.TRAINING_SETTINGS__FIT_STAGES,
                    "training: the per-instance LoRA fits have no optimizer stages");
        }
        return report.ok();
    }

    public static boolean wellFormed(OptimizerStage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (stage.eContainingFeature() == Literals.TRAINING_SETTINGS__FIT_STAGES && unusedByParametricPinn(stage)) {
            return report.ok();
        }
        String what = stageName(stage);
        positive(report, stage, Literals.OPTIMIZER_STAGE__ITERATIONS, what + ": iterations", stage.getIterations(),
                StudyProblem.ZERO_ITERATIONS);
        if (stage.getOptimizer() == OptimizerKind.ADAM
                && !(stage.getLearningRate() > 0 && Double.isFinite(stage.getLearningRate()))) {
            report.add(StudyProblem.BAD_LEARNING_RATE, stage, Literals.OPTIMIZER_STAGE__LEARNING_RATE,
                    what + ": the learning rate must be positive and finite, got " + stage.getLearningRate());
        }
        return report.ok();
    }

    private static String stageName(OptimizerStage stage) {
        EObject container = stage.eContainer();
        if (container instanceof TrainingSettings training) {
            boolean base = stage.eContainingFeature() == Literals.TRAINING_SETTINGS__BASE_STAGES;
            List<OptimizerStage> list = base ? training.getBaseStages() : training.getFitStages();
            return (base ? "base" : "fit") + " stage " + (list.indexOf(stage) + 1) + " (" + stage.getOptimizer() + ")";
        }
        return "stage (" + stage.getOptimizer() + ")";
    }

    // ---------------------------------------------------------------- parameter sets

    public static boolean wellFormed(ParameterSet set, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        String what = set.getRole() + " set" + (set.getName() == null ? "" : " '" + set.getName() + "'");
        Study study = set.eContainer() instanceof Study s ? s : null;
        List<Parameter> parameters = study == null || study.getFamily() == null ? List.of()
                : study.getFamily().getParameters();
        if (set.getRule() == ParameterRule.EXPLICIT) {
            if (set.getPoints().isEmpty()) {
                report.add(StudyProblem.NON_POSITIVE_COUNT, set, Literals.PARAMETER_SET__POINTS,
                        what + ": no parameter values are listed");
            }
        } else if (parameters.size() > 1) {
            report.add(StudyProblem.RULE_NEEDS_ONE_PARAMETER, set, Literals.PARAMETER_SET__RULE, what + ": the rule "
                    + set.getRule() + " spaces one parameter; with " + parameters.size() + " parameters list the values");
        } else {
            int minimum = set.getRule() == ParameterRule.EVENLY_SPACED ? 2 : 1;
            if (set.getCount() < minimum) {
                report.add(StudyProblem.NON_POSITIVE_COUNT, set, Literals.PARAMETER_SET__COUNT,
                        what + ": the rule " + set.getRule() + " needs a count >= " + minimum + ", got " + set.getCount());
            }
        }
        for (int p = 0; p < set.getPoints().size(); p++) {
            checkPoint(report, set, what + ", point " + (p + 1), set.getPoints().get(p), parameters);
        }
        return report.ok();
    }

    private static void checkPoint(Report report, ParameterSet set, String what, ParameterPoint point,
            List<Parameter> parameters) {
        Map<Parameter, Integer> seen = new HashMap<>();
        for (ParameterValue value : point.getValues()) {
            Parameter parameter = value.getParameter();
            if (parameter == null || parameter.eIsProxy() || !parameters.contains(parameter)) {
                report.add(StudyProblem.INCOMPLETE_POINT, value, Literals.PARAMETER_VALUE__PARAMETER, what
                        + ": a value names no parameter of this study" + (parameter == null ? "" : " (" + parameter + ")"));
                continue;
            }
            if (seen.merge(parameter, 1, Integer::sum) > 1) {
                report.add(StudyProblem.INCOMPLETE_POINT, value, Literals.PARAMETER_VALUE__PARAMETER,
                        what + ": parameter " + parameter.getName() + " is given twice");
            }
            double v = value.getValue();
            Optional<String> invalid = StudyMapping.outsideValidity(List.of(parameter), new double[] {v});
            if (!Double.isFinite(v)) {
                report.add(StudyProblem.NOT_FINITE, value, Literals.PARAMETER_VALUE__VALUE,
                        what + ": " + parameter.getName() + " = " + v);
            } else if (invalid.isPresent()) {
                report.add(StudyProblem.OUTSIDE_VALIDITY, value, Literals.PARAMETER_VALUE__VALUE,
                        what + ": " + invalid.get());
            } else if (v < parameter.getLower() || v > parameter.getUpper()) {
                boolean training = set.getRole() == ParameterSetRole.TRAINING;
                report.add(training ? StudyProblem.TRAINING_VALUE_OUTSIDE_RANGE : StudyProblem.TEST_VALUE_OUTSIDE_RANGE,
                        value, Literals.PARAMETER_VALUE__VALUE, what + ": " + parameter.getName() + " = " + v
                                + " is outside its range [" + parameter.getLower() + ", " + parameter.getUpper() + "]"
                                + (training ? "" : "; the surrogate extrapolates there"));
            }
        }
        for (Parameter parameter : parameters) {
            if (!seen.containsKey(parameter)) {
                report.add(StudyProblem.INCOMPLETE_POINT, point, Literals.PARAMETER_POINT__VALUES,
                        what + ": no value for parameter " + parameter.getName());
            }
        }
    }

    // ---------------------------------------------------------------- results

    public static boolean wellFormed(ArtifactLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        String what = "artifact link" + (link.getKind() == null ? "" : " '" + link.getKind() + "'");
        if (link.getKind() == null || link.getKind().isBlank()) {
            report.add(StudyProblem.BAD_ARTIFACT_LINK, link, Literals.ARTIFACT_LINK__KIND,
                    what + " has no kind (surrogate, base-network, checkpoint, ...)");
        }
        if (link.getPath() == null || link.getPath().isBlank()) {
            report.add(StudyProblem.BAD_ARTIFACT_LINK, link, Literals.ARTIFACT_LINK__PATH, what + " has no path");
            return report.ok();
        }
        try {
            Path.of(link.getPath());
        } catch (java.nio.file.InvalidPathException e) {
            report.add(StudyProblem.BAD_ARTIFACT_LINK, link, Literals.ARTIFACT_LINK__PATH,
                    what + ": '" + link.getPath() + "' is not a valid path: " + e.getReason());
            return report.ok();
        }
        Path file = resolve(link, link.getPath());
        if (file != null && !Files.exists(file)) {
            report.add(StudyProblem.MISSING_ARTIFACT, link, Literals.ARTIFACT_LINK__PATH,
                    what + ": " + file + " does not exist (moved or deleted?)");
        } else if (file != null && ArtifactKind.SURROGATE.is(link.getKind())
                && link.eContainer() != null && link.eContainer().eContainer() instanceof Study study) {
            SurrogateStatus status = SurrogateStatus.of(study, file);
            StudyProblem problem = switch (status.state()) {
            case DAMAGED -> StudyProblem.SURROGATE_DAMAGED;
            case FOREIGN -> StudyProblem.SURROGATE_FOREIGN;
            case OUT_OF_DATE -> StudyProblem.SURROGATE_OUT_OF_DATE;
            default -> null;
            };
            if (problem != null) {
                report.add(problem, link, Literals.ARTIFACT_LINK__PATH, "the trained surrogate " + status.reason());
            }
        }
        return report.ok();
    }

    // ---------------------------------------------------------------- helpers

    private static void checkWidths(Report report, EObject owner, EAttribute attribute, String what,
            List<Integer> widths) {
        for (int layer = 0; layer < widths.size(); layer++) {
            if (widths.get(layer) < 1) {
                report.add(StudyProblem.NON_POSITIVE_COUNT, owner, attribute,
                        what + ": hidden layer " + (layer + 1) + " has width " + widths.get(layer) + "; it must be >= 1");
            }
        }
    }

    private static void positive(Report report, EObject owner, EAttribute attribute, String what, int value,
            StudyProblem problem) {
        if (value < 1) {
            report.add(problem, owner, attribute, what + " must be >= 1, got " + value);
        }
    }

    private static boolean hasHardConstraint(PdeFamily family, Field field) {
        return family.getHardConstraints().stream().anyMatch(c -> c.getField() == field);
    }

    /** The faces a condition prescribes on; empty when its part is unknown (reported elsewhere). */
    static Set<BoundaryFace> facesOf(Condition condition, Domain domain) {
        try {
            return switch (condition.getKind()) {
            case INITIAL -> domain.timeCoordinate().isPresent()
                    ? Set.copyOf(domain.boundaryPart(Domain.INITIAL).faces()) : Set.of();
            case PERIODIC -> condition.getBoundary() == null ? Set.of()
                    : Set.of(domain.periodicPair(condition.getBoundary()).minFace(),
                            domain.periodicPair(condition.getBoundary()).maxFace());
            default -> Set.copyOf(domain.boundaryPart(condition.getBoundary()).faces());
            };
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static String faceNames(Set<BoundaryFace> faces) {
        List<String> names = new ArrayList<>();
        for (BoundaryFace face : faces) {
            names.add(face.name());
        }
        return String.join(", ", names);
    }

    /** E.g. {@code dirichlet condition on u at left}. */
    public static String describe(Condition condition) {
        String field = condition.getField() == null ? "?" : condition.getField().getName();
        String kind = condition.getKind().getLiteral();
        return switch (condition.getKind()) {
        case INITIAL -> "initial condition on " + field;
        case PERIODIC -> "periodic condition on " + field + " along " + condition.getBoundary();
        default -> kind + " condition on " + field + " at " + condition.getBoundary();
        };
    }

    private static List<Symbol> allSymbols(PdeFamily family) {
        List<Symbol> symbols = new ArrayList<>(family.getCoordinates());
        symbols.addAll(family.getFields());
        symbols.addAll(family.getParameters());
        return symbols;
    }

    private static String kindOf(Symbol symbol) {
        return symbol.eClass().getName().toLowerCase(Locale.ROOT);
    }

    /** Collects diagnostics; {@link #ok()} is false once an error was added. */
    private static final class Report {
        private final DiagnosticChain chain;
        private boolean ok = true;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void add(StudyProblem problem, EObject object, EStructuralFeature feature, String message, Object... extra) {
            if (problem.severity() == org.eclipse.emf.common.util.Diagnostic.ERROR) {
                ok = false;
            }
            if (chain != null) {
                List<Object> data = new ArrayList<>();
                data.add(object);
                if (feature != null) {
                    data.add(feature);
                }
                data.addAll(List.of(extra));
                chain.add(new BasicDiagnostic(problem.severity(), HyperloraValidator.DIAGNOSTIC_SOURCE, problem.code(),
                        message, data.toArray()));
            }
        }

        boolean ok() {
            return ok;
        }
    }
}
