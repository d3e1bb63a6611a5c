package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;

/** {@code hyperlora solve STUDY ...}: fields at a grid or points for given parameter values, as CSV. */
final class SolveCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora solve STUDY.hyperlora --param NAME=VALUE ... (--grid SPEC | --points FILE.csv)",
            "                       --out FILE.csv [--solver ID]",
            "",
            "Solves the study at the parameter values through the surrogate-solver registry: the trained",
            "HyperLoRA surrogate when the values are inside its trained range, otherwise the best solver",
            "valid there (exact reference, or a PINN retrained from scratch); outside every range the",
            "surrogate extrapolates with a warning.",
            "  --param NAME=VALUE  one per parameter of the study",
            "  --grid SPEC         NAME=FROM:TO:COUNT per coordinate, e.g. x=-1:1:101,t=0:1:51",
            "  --points FILE.csv   a CSV file whose header names the coordinates",
            "  --out FILE.csv      header row; the coordinates in the study's order, then one column per field",
            "  --solver ID         a solver by id: " + BuiltinSolvers.HYPERLORA + ", " + BuiltinSolvers.EXACT + ",",
            "                      " + BuiltinSolvers.RETRAIN + ", or a contributed one");

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("solve", words, Set.of("--param", "--grid", "--points", "--out", "--solver"),
                Set.of());
        Path file = StudyArguments.file("solve", arguments.positional(1, "STUDY").get(0));
        StudyContext study = new StudyContext(StudyArguments.loadValid("solve", file), file);
        PdeFamily family = study.study().getFamily();
        FamilyNames names = FamilyNames.of(family); // the study is valid: every name is there
        List<String> coordinates = names.coordinates();
        List<String> parameters = names.parameters();
        double[] values = parameterValues(arguments.all("--param"), parameters);
        Optional<String> invalid = StudyMapping.outsideValidity(family.getParameters(), values);
        if (invalid.isPresent()) {
            throw new UsageException("hyperlora solve: --param " + invalid.get());
        }
        double[] points = CommandFiles.points("solve", arguments, coordinates);
        String pointsFile = arguments.value("--points", null);
        String outFile = arguments.value("--out", null);
        if (outFile == null) {
            throw new UsageException("hyperlora solve: --out FILE.csv is required");
        }
        Domain domain = StudyMapping.domain(family);
        Optional<String> outside = domain.firstOutside(points);
        if (outside.isPresent()) {
            throw new UsageException("hyperlora solve: " + outside.get() + ": the study's domain is " + domain.describe()
                    + "; the networks know nothing beyond it");
        }
        // A domain made of shapes: grid points in a hole (at these parameter values) are not solved and stay empty.
        boolean[] inside = null;
        int outsideCount = 0;
        ShapedDomain shape = StudyMapping.shape(family);
        if (shape != null) {
            ShapedDomain.Region region;
            try {
                region = shape.at(values);
            } catch (IllegalArgumentException e) {
                throw new UsageException("hyperlora solve: --param " + names.describe(values) + ": " + e.getMessage());
            }
            inside = new boolean[points.length / coordinates.size()];
            for (int p = 0; p < inside.length; p++) {
                inside[p] = region.contains(points, p);
                outsideCount += inside[p] ? 0 : 1;
            }
            if (outsideCount == inside.length) {
                throw new UsageException("hyperlora solve: none of the " + inside.length + " points lies in the domain "
                        + shape.describe() + " at " + names.describe(values));
            }
        }
        double[] solvedPoints = inside == null ? points : PointTables.select(points, coordinates.size(), inside);
        List<Path> inputs = new ArrayList<>(List.of(file));
        if (pointsFile != null) {
            inputs.add(Path.of(pointsFile));
        }
        study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath())).ifPresent(inputs::add);
        Path target = CommandFiles.output("solve", outFile, inputs);
        String solverId = arguments.value("--solver", null);
        try (SurrogateSolver solver = solverId == null
                ? SurrogateSolvers.registry().openFor(study, values, new NullProgressMonitor())
                : SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            for (SurrogateSolverService.Candidate passed : SurrogateSolvers.registry().passedOver(study, solver.id())) {
                err.println("hyperlora solve: warning: " + passed.contribution().name() + " passed over: "
                        + passed.applicability().reason());
            }
            FieldSolution solution;
            try {
                solution = solver.solve(values, solvedPoints, new NullProgressMonitor());
            } catch (SolverException e) {
                if (!solver.validity(values).inside()) {
                    // no solver is valid there and the best one cannot answer: the values are the problem
                    throw new UsageException("hyperlora solve: --param " + names.describe(values) + " is outside what "
                            + (solverId == null ? "every solver" : solver.name()) + " can answer; " + e.getMessage());
                }
                throw e;
            }
            if (!solution.validity().inside()) {
                err.println("hyperlora solve: warning: " + solution.validity().message());
            }
            if (outsideCount > 0) {
                err.println("hyperlora solve: warning: " + outsideCount + " of " + inside.length
                        + " points lie outside the domain " + shape.describe() + " at " + names.describe(values)
                        + "; their fields are left empty");
            }
            PointTables.writeCsv(target, coordinates, points, solution, inside);
            out.printf(Locale.ROOT, "%d points, fields %s, solved by %s in %.1f ms -> %s%n", solution.pointCount(),
                    solution.fieldNames(), solver.name(), solution.elapsedNanos() / 1e6, target);
            return HyperloraApplication.EXIT_OK;
        } catch (SolverException e) {
            err.println("hyperlora solve: " + e.getMessage());
            return solverId != null && e.getMessage().startsWith("no surrogate solver has the id")
                    ? HyperloraApplication.EXIT_USAGE : HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora solve: cannot write " + target + ": " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
    }

    /** NAME=VALUE per parameter, in the study's parameter order. */
    static double[] parameterValues(List<String> assignments, List<String> parameters) throws UsageException {
        double[] values = new double[parameters.size()];
        boolean[] given = new boolean[parameters.size()];
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new UsageException("hyperlora solve: --param '" + assignment + "' is not NAME=VALUE");
            }
            String name = assignment.substring(0, equals).trim();
            int index = parameters.indexOf(name);
            if (index < 0) {
                throw new UsageException("hyperlora solve: unknown parameter '" + name + "'; parameters: " + parameters);
            }
            if (given[index]) {
                throw new UsageException("hyperlora solve: parameter '" + name + "' is given twice");
            }
            try {
                values[index] = Double.parseDouble(assignment.substring(equals + 1).trim());
            } catch (NumberFormatException e) {
                throw new UsageException("hyperlora solve: --param " + assignment + ": '"
                        + assignment.substring(equals + 1) + "' is not a number");
            }
            if (!Double.isFinite(values[index])) {
                throw new UsageException("hyperlora solve: --param " + assignment + ": the value must be finite");
            }
            given[index] = true;
        }
        for (int p = 0; p < given.length; p++) {
            if (!given[p]) {
                throw new UsageException("hyperlora solve: no value for parameter '" + parameters.get(p)
                        + "'; give --param " + parameters.get(p) + "=VALUE");
            }
        }
        return values;
    }
}
