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
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.runner.ClusterSamples;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.solver.Uncertainty;

/** {@code hyperlora uq STUDY ...}: uncertain parameters propagated into the fields' mean and standard deviation. */
final class UqCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora uq STUDY.hyperlora --param NAME=DISTRIBUTION ... (--grid SPEC | --points FILE.csv)",
            "                    --out FILE.csv [--samples N] [--quantity Q ... [--quantities-out FILE.csv]]",
            "                    [--solver ID] [--cluster NAME --secret-file FILE --members LIST [--bind HOST:PORT]]",
            "",
            "Propagates uncertain parameters into the fields: N quasi-random (scrambled Sobol) samples of the",
            "parameters, each distribution truncated to the trained range, solved through the trained HyperLoRA",
            "surrogate (unless --solver names another); writes the coordinates, then FIELD_mean and FIELD_std",
            "per field, and prints the solves per second.",
            "  --param NAME=DIST  one per parameter: uniform:A:B, normal:MEAN:SD, lognormal:MU:SIGMA (of the",
            "                     logarithm), or a number (fixed)",
            "  --samples N        samples (default 1024, at least 2)",
            "  --grid SPEC        NAME=FROM:TO:COUNT per coordinate, e.g. x=-1:1:51,y=-1:1:51",
            "  --points FILE.csv  a CSV file whose header names the coordinates",
            "  --out FILE.csv     the statistics, one row per point",
            "  --quantity Q       a derived quantity whose mean, standard deviation and 5/25/50/75/95 % quantiles",
            "                     are printed: maxAbs(u), mean(u), min(u), max(u) over the points, or a probe",
            "                     u(x=0.5 y=0.25) naming every coordinate; repeatable",
            "  --quantities-out FILE.csv  writes quantity,mean,std,q05,q25,q50,q75,q95,missing",
            "  --solver ID        " + BuiltinSolvers.HYPERLORA + " (default), " + BuiltinSolvers.EXACT
                    + " or a contributed solver",
            "With --cluster, the samples are solved in chunks of 256 on the cluster's members too (the same",
            "statistics as alone):",
            ClusterArguments.HELP.replace("run the per-instance fits", "solve the samples"));

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Set<String> valueOptions = new java.util.HashSet<>(Set.of("--param", "--grid", "--points", "--out",
                "--samples", "--solver", "--quantity", "--quantities-out"));
        valueOptions.addAll(ClusterArguments.OPTIONS);
        Arguments arguments = new Arguments("uq", words, valueOptions, Set.of());
        var clusterOptions = ClusterArguments.given(arguments) ? ClusterArguments.options(arguments, 0) : null;
        Path file = StudyArguments.file("uq", arguments.positional(1, "STUDY").get(0));
        StudyContext study = new StudyContext(StudyArguments.loadValid("uq", file), file);
        PdeFamily family = study.study().getFamily();
        FamilyNames names = FamilyNames.of(family);
        List<String> coordinates = names.coordinates();
        var range = StudyMapping.rangeOf(family.getParameters());
        List<Uncertainty.Truncated> parameters = distributions(arguments.all("--param"), names.parameters(),
                range.lower(), range.upper());
        String samplesText = arguments.value("--samples", "1024");
        int samples;
        try {
            samples = Integer.parseInt(samplesText.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("hyperlora uq: --samples '" + samplesText + "' is not a whole number");
        }
        if (samples < 2 || samples > 10_000_000) {
            throw new UsageException("hyperlora uq: --samples " + samples + ": give 2 to 10,000,000");
        }
        ShapedDomain shape = StudyMapping.shape(family);
        if (shape != null && shape.dependsOnParameters()) {
            throw new UsageException("hyperlora uq: the domain " + shape.describe() + " moves with the parameters;"
                    + " statistics over samples whose domains differ are not computed yet");
        }
        double[] points = CommandFiles.points("uq", arguments, coordinates);
        String pointsFile = arguments.value("--points", null);
        String outFile = arguments.value("--out", null);
        if (outFile == null) {
            throw new UsageException("hyperlora uq: --out FILE.csv is required");
        }
        Domain domain = StudyMapping.domain(family);
        Optional<String> outside = domain.firstOutside(points);
        if (outside.isPresent()) {
            throw new UsageException("hyperlora uq: " + outside.get() + ": the study's domain is " + domain.describe());
        }
        int dimension = coordinates.size();
        List<DerivedQuantity> quantities = new ArrayList<>();
        for (String text : arguments.all("--quantity")) {
            try {
                quantities.add(DerivedQuantity.parse(text, coordinates, names.fields()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("hyperlora uq: --quantity: " + e.getMessage());
            }
        }
        String quantitiesFile = arguments.value("--quantities-out", null);
        if (quantitiesFile != null && quantities.isEmpty()) {
            throw new UsageException("hyperlora uq: --quantities-out needs at least one --quantity");
        }
        QuantityEvaluator evaluator;
        try {
            evaluator = new QuantityEvaluator(StudyArguments.problem("uq", study), points, quantities);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora uq: --quantity: " + e.getMessage());
        }
        List<Path> inputs = new ArrayList<>(List.of(file));
        if (pointsFile != null) {
            inputs.add(Path.of(pointsFile));
        }
        study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath())).ifPresent(inputs::add);
        Path target = CommandFiles.output("uq", outFile, inputs);
        Path quantitiesTarget = quantitiesFile == null ? null : CommandFiles.output("uq", quantitiesFile, inputs);
        if (quantitiesTarget != null && AtomicFiles.sameFile(quantitiesTarget, target)) {
            throw new UsageException("hyperlora uq: --quantities-out and --out name the same file " + target);
        }
        for (int p = 0; p < parameters.size(); p++) {
            parameters.get(p).truncation(names.parameters().get(p))
                    .ifPresent(warning -> err.println("hyperlora uq: warning: " + warning));
        }
        String solverId = arguments.value("--solver", BuiltinSolvers.HYPERLORA);
        if (clusterOptions != null && !ClusterSamples.canSend(study)) {
            throw new UsageException("hyperlora uq: --cluster: " + ClusterSamples.WHY_NOT);
        }
        Path writing = target;
        org.hyperlora.cluster.ClusterMember member = null;
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            Uncertainty.ChunkSolver chunks = Uncertainty.here(solver, evaluator);
            String where = "";
            if (clusterOptions != null) {
                try {
                    member = ClusterArguments.join("uq", clusterOptions, out, err);
                } catch (ClusterArguments.NotJoined e) {
                    return e.exitCode;
                }
                chunks = new ClusterSamples(member.hazelcast(), solverId, study, points, quantities);
                where = " on the " + member.size() + " members of cluster '" + member.name() + "'";
            }
            Uncertainty.Statistics statistics = Uncertainty.propagate(evaluator, parameters, samples, chunks,
                    new NullProgressMonitor());
            writing = target;
            Uncertainty.writeFields(target, coordinates, points, statistics);
            out.printf(Locale.ROOT, "%d samples of %s at %d points, solved by %s%s in %.2f s (%.0f solves/s) -> %s%n",
                    samples, describe(names.parameters(), parameters), statistics.mean()[0].length, solver.name(),
                    where, statistics.nanos() / 1e9, statistics.solvesPerSecond(), target);
            List<String> labels = quantities.stream().map(quantity -> quantity.label(coordinates)).toList();
            for (int q = 0; q < quantities.size(); q++) {
                out.println(statistics.quantities().get(q).describe(labels.get(q)));
            }
            if (quantitiesTarget != null) {
                writing = quantitiesTarget;
                Uncertainty.writeQuantities(quantitiesTarget, statistics, labels);
                out.println("-> " + quantitiesTarget);
            }
            return HyperloraApplication.EXIT_OK;
        } catch (SolverException e) {
            err.println("hyperlora uq: " + e.getMessage());
            return e.getMessage().startsWith("no surrogate solver has the id") ? HyperloraApplication.EXIT_USAGE
                    : HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora uq: cannot write " + writing + ": " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        } finally {
            if (member != null) {
                member.close();
            }
        }
    }

    private static String describe(List<String> names, List<Uncertainty.Truncated> parameters) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            parts.add(names.get(p) + " ~ " + parameters.get(p).distribution().describe());
        }
        return String.join(", ", parts);
    }

    /** NAME=DISTRIBUTION per parameter, in the study's order, truncated to the trained range. */
    private static List<Uncertainty.Truncated> distributions(List<String> assignments, List<String> parameters,
            double[] lower, double[] upper) throws UsageException {
        List<java.util.Map.Entry<String, String>> given = new ArrayList<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new UsageException("hyperlora uq: --param '" + assignment + "' is not NAME=DISTRIBUTION");
            }
            given.add(java.util.Map.entry(assignment.substring(0, equals), assignment.substring(equals + 1)));
        }
        List<String> problems = new ArrayList<>();
        List<Uncertainty.Truncated> found = Uncertainty.assign(given, parameters, lower, upper, problems::add);
        if (found == null) {
            throw new UsageException("hyperlora uq: " + problems.get(0).replace("; give ", "; give --param "));
        }
        return found;
    }
}
