package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.Calibration;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.MeasuredData;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;

/** {@code hyperlora calibrate STUDY --data FILE.csv}: the parameter values that explain measurements best. */
final class CalibrateCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora calibrate STUDY.hyperlora --data FILE.csv [--noise SIGMA] [--starts N]",
            "                           [--out FILE.csv] [--solver ID]",
            "",
            "The inverse problem: searches the study's parameter range for the values whose solution fits",
            "the measured fields best (least squares; a scan of the range, then Levenberg-Marquardt from the",
            "best points), through the trained HyperLoRA surrogate unless --solver names another. Prints one",
            "line per parameter, NAME=VALUE ± SIGMA (one standard deviation, Gauss-Newton), then the misfit",
            "(root mean square of measured minus fitted). Warns when a value sits on the range's edge or the",
            "fit is poor.",
            "  --data FILE.csv   a header naming every coordinate and the measured fields (any of them),",
            "                    one row per measurement point",
            "  --noise SIGMA     the measurements' standard deviation (else estimated from the misfit)",
            "  --starts N        Levenberg-Marquardt runs from the N best scanned points (default 4)",
            "  --out FILE.csv    writes parameter,value,sigma",
            "  --solver ID       " + BuiltinSolvers.HYPERLORA + " (default), " + BuiltinSolvers.EXACT
                    + " or a contributed solver");

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("calibrate", words,
                Set.of("--data", "--noise", "--starts", "--out", "--solver"), Set.of());
        Path file = StudyArguments.file("calibrate", arguments.positional(1, "STUDY").get(0));
        StudyContext study = new StudyContext(StudyArguments.loadValid("calibrate", file), file);
        PdeFamily family = study.study().getFamily();
        FamilyNames names = FamilyNames.of(family);
        List<String> coordinates = names.coordinates();
        String dataFile = arguments.value("--data", null);
        if (dataFile == null) {
            throw new UsageException("hyperlora calibrate: --data FILE.csv is required");
        }
        Path data = Path.of(dataFile).toAbsolutePath().normalize();
        if (!Files.isRegularFile(data)) {
            throw new UsageException("hyperlora calibrate: " + data + ": no such data file");
        }
        MeasuredData measurements;
        try {
            measurements = MeasuredData.read(data, coordinates, names.fields());
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora calibrate: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("hyperlora calibrate: cannot read " + data + ": " + e.getMessage());
        }
        double[] points = measurements.points();
        Domain domain = StudyMapping.domain(family);
        Optional<String> outside = domain.firstOutside(points);
        if (outside.isPresent()) {
            throw new UsageException("hyperlora calibrate: " + data + ": " + outside.get() + ": the study's domain is "
                    + domain.describe());
        }
        double noise = Double.NaN;
        String noiseText = arguments.value("--noise", null);
        if (noiseText != null) {
            noise = positive("--noise", noiseText);
        }
        String startsText = arguments.value("--starts", "4");
        int starts;
        try {
            starts = Integer.parseInt(startsText.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("hyperlora calibrate: --starts '" + startsText + "' is not a whole number");
        }
        if (starts < 1 || starts > 64) {
            throw new UsageException("hyperlora calibrate: --starts " + starts + ": give 1 to 64");
        }
        Path target = null;
        String outFile = arguments.value("--out", null);
        if (outFile != null) {
            List<Path> inputs = new ArrayList<>(List.of(file, data));
            study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath())).ifPresent(inputs::add);
            target = CommandFiles.output("calibrate", outFile, inputs);
        }
        SearchRange searched = SearchRange.of(family.getParameters());
        var shape = StudyMapping.shape(family);
        for (double[] probe : MeasuredData.probe(searched)) {
            Optional<String> hole = measurements.firstOutside(shape, searched, probe);
            if (hole.isPresent()) {
                err.println("hyperlora calibrate: warning: " + hole.get() + ": for part of the range the fit judges"
                        + " such points by the network's values where there is no domain");
                break;
            }
        }
        String solverId = arguments.value("--solver", BuiltinSolvers.HYPERLORA);
        long start = System.nanoTime();
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            // a surrogate's own error widens the uncertainty (the exact reference has none)
            // the study's held-out errors are the HyperLoRA surrogate's; another solver's own error is not known here
            double modelError = 0;
            if (solver.id().equals(BuiltinSolvers.HYPERLORA)) {
                modelError = measurements.surrogateErrorBound(study.study());
                if (Double.isNaN(modelError)) {
                    err.println("hyperlora calibrate: warning: the study holds no held-out errors of " + solver.name()
                            + " for " + measurements.fields() + ": the uncertainty covers the measurements' noise only");
                    modelError = 0;
                }
            } else if (!solver.id().equals(BuiltinSolvers.EXACT)) {
                err.println("hyperlora calibrate: warning: the own error of " + solver.name() + " is not known here:"
                        + " the uncertainty covers the measurements' noise only");
            }
            Calibration.Result fit;
            try {
                fit = new Calibration(measurements.model(solver, new NullProgressMonitor()), searched,
                        measurements.observed(), noise, modelError).run(starts);
            } catch (IllegalArgumentException e) {
                throw new UsageException("hyperlora calibrate: " + data + ": " + e.getMessage());
            }
            Optional<String> outsideAtFit = measurements.firstOutside(shape, searched, fit.values());
            if (outsideAtFit.isPresent()) {
                err.println("hyperlora calibrate: " + data + ": " + outsideAtFit.get() + ", the best fit found: the"
                        + " data cannot be explained there; no result");
                return HyperloraApplication.EXIT_FAILURE;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            fit.lines(names.parameters()).forEach(out::println);
            out.printf(Locale.ROOT, "misfit=%.4g (root mean square over %d measured values of %s; %s)%n",
                    fit.misfit(), measurements.observed().length, String.join(", ", measurements.fields()),
                    Double.isNaN(noise)
                            ? "noise level estimated from it"
                            : String.format(Locale.ROOT, "reduced chi-square %.3g at noise %.3g",
                                    fit.reducedChiSquare(), noise));
            for (int p = 0; p < fit.values().length; p++) {
                out.printf(Locale.ROOT, "  %s: ± %.3g from the noise, ± %.3g from %s's own error%s%n",
                        names.parameters().get(p), fit.noiseSigmas()[p], fit.modelSigmas()[p], solver.name(),
                        modelError > 0 ? " (estimated from its held-out errors)" : "");
            }
            out.printf(Locale.ROOT, "searched %s by %s: %d solves in %.2f s%n", searched.describe(),
                    solver.name(), fit.solves(), seconds);
            for (String warning : fit.warnings()) {
                err.println("hyperlora calibrate: warning: " + warning);
            }
            if (target != null) {
                fit.writeCsv(target, names.parameters());
                out.println("-> " + target);
            }
            return HyperloraApplication.EXIT_OK;
        } catch (SolverException e) {
            err.println("hyperlora calibrate: " + e.getMessage());
            return e.getMessage().startsWith("no surrogate solver has the id") ? HyperloraApplication.EXIT_USAGE
                    : HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora calibrate: cannot write " + target + ": " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
    }

    private static double positive(String option, String text) throws UsageException {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("hyperlora calibrate: " + option + " '" + text + "' is not a positive number");
    }
}
