package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.Optimization;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;

/** {@code hyperlora optimize STUDY --maximize Q}: the parameter values that minimise or maximise a quantity. */
final class OptimizeCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora optimize STUDY.hyperlora (--minimize Q | --maximize Q) [--subject-to BOUND ...]",
            "                          [--fix NAME=VALUE ...] [--resolution N] [--starts N] [--out FILE.csv]",
            "                          [--solver ID]",
            "",
            "Design: searches the study's trained parameter range for the values that minimise or maximise a",
            "derived quantity, through the trained HyperLoRA surrogate unless --solver names another (a scan of",
            "the range, then Nelder-Mead from the best points; bounds are met exactly, not traded against the",
            "objective). Prints one line per parameter, NAME=VALUE, then each quantity there. Warns when the",
            "optimum sits on the range's edge or no point meets the bounds.",
            "  Q                  maxAbs(u), mean(u), min(u), max(u) over a grid of the domain, or a probe",
            "                     u(x=0.5 y=0.25) naming every coordinate",
            "  --subject-to B     Q>=LOWER, Q<=UPPER or LOWER<=Q<=UPPER; repeatable",
            "  --fix NAME=VALUE   hold a parameter at a value of its trained range; repeatable",
            "  --resolution N     grid points per coordinate for the quantities over the domain (default 51)",
            "  --starts N         Nelder-Mead runs from the N best scanned points (default 4)",
            "  --out FILE.csv     writes the search's history: start,iteration,solves, the parameters, the",
            "                     quantities, feasible (one row per iteration)",
            "  --solver ID        " + BuiltinSolvers.HYPERLORA + " (default), " + BuiltinSolvers.EXACT
                    + " or a contributed solver");

    private static final int DEFAULT_RESOLUTION = 51;

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("optimize", words, Set.of("--minimize", "--maximize", "--subject-to",
                "--fix", "--resolution", "--starts", "--out", "--solver"), Set.of());
        Path file = StudyArguments.file("optimize", arguments.positional(1, "STUDY").get(0));
        StudyContext study = new StudyContext(StudyArguments.loadValid("optimize", file), file);
        PdeFamily family = study.study().getFamily();
        FamilyNames names = FamilyNames.of(family);
        List<String> coordinates = names.coordinates();
        String minimize = arguments.value("--minimize", null);
        String maximize = arguments.value("--maximize", null);
        if ((minimize == null) == (maximize == null)) {
            throw new UsageException("hyperlora optimize: give exactly one of --minimize Q and --maximize Q");
        }
        Optimization.Goal goal = minimize != null ? Optimization.Goal.MINIMIZE : Optimization.Goal.MAXIMIZE;
        List<DerivedQuantity> quantities = new ArrayList<>(List.of(quantity("--" + goal.literal(),
                minimize != null ? minimize : maximize, coordinates, names.fields())));
        List<Optimization.Bound> bounds = new ArrayList<>();
        for (String text : arguments.all("--subject-to")) {
            bounds.add(bound(text, coordinates, names.fields(), quantities));
        }
        SearchRange whole = SearchRange.of(family.getParameters());
        double[] base = new double[whole.names().size()];
        boolean[] held = new boolean[base.length];
        for (String assignment : arguments.all("--fix")) {
            int equals = assignment.indexOf('=');
            String name = equals < 1 ? "" : assignment.substring(0, equals).trim();
            int index = whole.names().indexOf(name);
            if (index < 0) {
                throw new UsageException("hyperlora optimize: --fix '" + assignment + "': " + (equals < 1
                        ? "not NAME=VALUE" : "unknown parameter '" + name + "'") + "; parameters: " + whole.names());
            }
            if (held[index]) {
                throw new UsageException("hyperlora optimize: --fix: parameter '" + name + "' is given twice");
            }
            double value = number("--fix " + name, assignment.substring(equals + 1));
            if (value < whole.lower()[index] || value > whole.upper()[index]) {
                throw new UsageException("hyperlora optimize: --fix " + name + "=" + value + " is outside the trained"
                        + " range [" + whole.lower()[index] + ", " + whole.upper()[index] + "], where the surrogate"
                        + " does not answer");
            }
            held[index] = true;
            base[index] = value;
        }
        List<Integer> freeList = new ArrayList<>();
        for (int p = 0; p < held.length; p++) {
            if (!held[p]) {
                freeList.add(p);
            }
        }
        if (freeList.isEmpty()) {
            throw new UsageException("hyperlora optimize: " + (held.length == 0 ? "the study has no parameters"
                    : "every parameter is held by --fix") + ": nothing to optimize over");
        }
        int[] free = freeList.stream().mapToInt(Integer::intValue).toArray();
        SearchRange searched = whole.subset(free);
        int resolution = arguments.intValue("--resolution", DEFAULT_RESOLUTION, 1);
        int starts = arguments.intValue("--starts", 4, 1);
        if (starts > 64) {
            throw new UsageException("hyperlora optimize: --starts " + starts + ": give 1 to 64");
        }
        PinnProblem problem = StudyArguments.problem("optimize", study);
        double[][] axes = PointTables.uniformAxes(problem.domain(), resolution);
        QuantityEvaluator evaluator;
        try {
            // probes alone need no grid: each evaluation solves just their points
            double[] grid = quantities.stream().allMatch(q -> q.kind() == DerivedQuantity.Kind.PROBE)
                    ? new double[0] : PointTables.points(axes);
            evaluator = new QuantityEvaluator(problem, grid, quantities);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora optimize: " + e.getMessage());
        }
        Path target = null;
        String outFile = arguments.value("--out", null);
        if (outFile != null) {
            List<Path> inputs = new ArrayList<>(List.of(file));
            study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath())).ifPresent(inputs::add);
            target = CommandFiles.output("optimize", outFile, inputs);
        }
        List<String> labels = quantities.stream().map(quantity -> quantity.label(coordinates)).toList();
        String solverId = arguments.value("--solver", BuiltinSolvers.HYPERLORA);
        long start = System.nanoTime();
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            Optimization.Result result = new Optimization(
                    evaluator.model(solver, base, free, new NullProgressMonitor()), searched, goal, bounds)
                    .run(starts, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            for (int p = 0; p < free.length; p++) {
                out.printf(Locale.ROOT, "%s=%.8g%n", searched.names().get(p), result.values()[p]);
            }
            for (int q = 0; q < labels.size(); q++) {
                out.printf(Locale.ROOT, "%s=%.8g%s%n", labels.get(q), result.quantities()[q],
                        q == 0 ? " (" + goal.literal() + "d)" : "  (" + bounds.get(q - 1).describe() + ")");
            }
            out.printf(Locale.ROOT, "searched %s by %s: %d solves in %.2f s%s%n", searched.describe(), solver.name(),
                    result.solves(), seconds, result.feasible() ? "" : "; the bounds are not met");
            for (String warning : result.warnings()) {
                err.println("hyperlora optimize: warning: " + warning);
            }
            if (target != null) {
                result.writeCsv(target, searched.names(), labels);
                out.println("-> " + target);
            }
            return result.feasible() ? HyperloraApplication.EXIT_OK : HyperloraApplication.EXIT_FAILURE;
        } catch (SolverException e) {
            err.println("hyperlora optimize: " + e.getMessage());
            return e.getMessage().startsWith("no surrogate solver has the id") ? HyperloraApplication.EXIT_USAGE
                    : HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora optimize: cannot write " + target + ": " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
    }

    private static DerivedQuantity quantity(String option, String text, List<String> coordinates, List<String> fields)
            throws UsageException {
        try {
            return DerivedQuantity.parse(text, coordinates, fields);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora optimize: " + option + ": " + e.getMessage());
        }
    }

    /** {@code Q>=A}, {@code Q<=B} or {@code A<=Q<=B}; adds Q to the quantities. */
    private static Optimization.Bound bound(String text, List<String> coordinates, List<String> fields,
            List<DerivedQuantity> quantities) throws UsageException {
        try {
            DerivedQuantity.Bounded bounded = DerivedQuantity.Bounded.parse(text, coordinates, fields);
            if (Double.isNaN(bounded.lower()) && Double.isNaN(bounded.upper())) {
                throw new IllegalArgumentException("'" + text.trim() + "' gives no bound: write Q>=LOWER, Q<=UPPER or"
                        + " LOWER<=Q<=UPPER");
            }
            Optimization.Bound bound = new Optimization.Bound(bounded.quantity().label(coordinates), bounded.lower(),
                    bounded.upper());
            quantities.add(bounded.quantity());
            return bound;
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora optimize: --subject-to: " + e.getMessage());
        }
    }

    private static double number(String what, String text) throws UsageException {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("hyperlora optimize: " + what + ": '" + text.trim() + "' is not a finite number");
    }
}
