package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
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
        StudyContext study = new StudyContext(StudyArguments.load("solve", file), file);
        FamilyNames names = FamilyNames.of(study.study().getFamily()); // the study is valid: every name is there
        List<String> coordinates = names.coordinates();
        List<String> parameters = names.parameters();
        double[] values = parameterValues(arguments.all("--param"), parameters);
        String grid = arguments.value("--grid", null);
        String pointsFile = arguments.value("--points", null);
        if ((grid == null) == (pointsFile == null)) {
            throw new UsageException("hyperlora solve: give exactly one of --grid and --points");
        }
        String outFile = arguments.value("--out", null);
        if (outFile == null) {
            throw new UsageException("hyperlora solve: --out FILE.csv is required");
        }
        double[] points;
        try {
            if (pointsFile != null && !java.nio.file.Files.isRegularFile(Path.of(pointsFile))) {
                throw new UsageException("hyperlora solve: " + Path.of(pointsFile).toAbsolutePath().normalize()
                        + ": no such points file");
            }
            points = grid != null ? PointTables.grid(grid, coordinates)
                    : PointTables.readPoints(Path.of(pointsFile), coordinates);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora solve: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("hyperlora solve: cannot read " + pointsFile + ": " + e.getMessage());
        }
        String solverId = arguments.value("--solver", null);
        try (SurrogateSolver solver = solverId == null
                ? SurrogateSolvers.registry().openFor(study, values, new NullProgressMonitor())
                : SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            FieldSolution solution = solver.solve(values, points, new NullProgressMonitor());
            if (!solution.validity().inside()) {
                err.println("hyperlora solve: warning: " + solution.validity().message());
            }
            Path target = Path.of(outFile).toAbsolutePath().normalize();
            PointTables.writeCsv(target, coordinates, points, solution);
            out.printf(Locale.ROOT, "%d points, fields %s, solved by %s in %.1f ms -> %s%n", solution.pointCount(),
                    solution.fieldNames(), solver.name(), solution.elapsedNanos() / 1e6, target);
            return HyperloraApplication.EXIT_OK;
        } catch (SolverException e) {
            err.println("hyperlora solve: " + e.getMessage());
            return solverId != null && e.getMessage().startsWith("no surrogate solver has the id")
                    ? HyperloraApplication.EXIT_USAGE : HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora solve: cannot write " + outFile + ": " + e.getMessage());
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
