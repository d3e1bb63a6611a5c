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
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.io.CsvColumns;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Scale;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.Calibration;
import org.hyperlora.solver.FieldSolution;
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
        CsvColumns table;
        try {
            table = CsvColumns.read(data, coordinates, names.fields(), CsvColumns.OtherColumns.REFUSED);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora calibrate: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("hyperlora calibrate: cannot read " + data + ": " + e.getMessage());
        }
        List<String> measured = new ArrayList<>();
        for (String field : names.fields()) {
            if (table.names().contains(field)) {
                measured.add(field);
            }
        }
        if (measured.isEmpty()) {
            throw new UsageException("hyperlora calibrate: " + data + " measures no field: its header " + table.names()
                    + " names the coordinates but none of the fields " + names.fields());
        }
        int count = table.rowCount();
        double[] points = new double[count * coordinates.size()];
        for (int c = 0; c < coordinates.size(); c++) {
            double[] column = table.column(coordinates.get(c));
            for (int p = 0; p < count; p++) {
                points[p * coordinates.size() + c] = column[p];
            }
        }
        Domain domain = StudyMapping.domain(family);
        Optional<String> outside = domain.firstOutside(points);
        if (outside.isPresent()) {
            throw new UsageException("hyperlora calibrate: " + data + ": " + outside.get() + ": the study's domain is "
                    + domain.describe());
        }
        double[] observed = new double[count * measured.size()];
        for (int f = 0; f < measured.size(); f++) {
            System.arraycopy(table.column(measured.get(f)), 0, observed, f * count, count);
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
            target = Path.of(outFile).toAbsolutePath().normalize();
            List<Path> inputs = new ArrayList<>(List.of(file, data));
            study.artifact(ArtifactKind.SURROGATE).flatMap(link -> study.resolve(link.getPath())).ifPresent(inputs::add);
            for (Path input : inputs) {
                if (AtomicFiles.sameFile(target, input)) {
                    throw new UsageException("hyperlora calibrate: --out " + target + " is an input of this command;"
                            + " it is left as it is: choose another output file");
                }
            }
            try {
                AtomicFiles.checkWritable(target);
            } catch (IOException e) {
                throw new UsageException("hyperlora calibrate: cannot write " + target + ": " + e.getMessage());
            }
        }
        var range = StudyMapping.rangeOf(family.getParameters());
        boolean[] log = new boolean[names.parameters().size()];
        for (int p = 0; p < log.length; p++) {
            log[p] = family.getParameters().get(p).getScale() == Scale.LOG;
        }
        Calibration.Range searched = new Calibration.Range(names.parameters(), range.lower(), range.upper(), log);
        String solverId = arguments.value("--solver", BuiltinSolvers.HYPERLORA);
        long start = System.nanoTime();
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(solverId, study, new NullProgressMonitor())) {
            Calibration.Model model = parameters -> {
                FieldSolution solution = solver.solve(parameters, points, new NullProgressMonitor());
                double[] predicted = new double[observed.length];
                for (int f = 0; f < measured.size(); f++) {
                    System.arraycopy(solution.field(measured.get(f)), 0, predicted, f * count, count);
                }
                return predicted;
            };
            Calibration.Result fit;
            try {
                fit = new Calibration(model, searched, observed, noise).run(starts);
            } catch (IllegalArgumentException e) {
                throw new UsageException("hyperlora calibrate: " + data + ": " + e.getMessage());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (int p = 0; p < fit.values().length; p++) {
                out.printf(Locale.ROOT, "%s=%.6g ± %.3g%n", names.parameters().get(p), fit.values()[p],
                        fit.sigmas()[p]);
            }
            out.printf(Locale.ROOT, "misfit=%.4g (root mean square over %d measured values of %s; %s)%n",
                    fit.misfit(), observed.length, String.join(", ", measured), Double.isNaN(noise)
                            ? "noise level estimated from it"
                            : String.format(Locale.ROOT, "reduced chi-square %.3g at noise %.3g",
                                    fit.reducedChiSquare(), noise));
            out.printf(Locale.ROOT, "searched %s by %s: %d solves in %.2f s%n", describeRange(searched),
                    solver.name(), fit.solves(), seconds);
            for (String warning : fit.warnings()) {
                err.println("hyperlora calibrate: warning: " + warning);
            }
            if (target != null) {
                Calibration.Result result = fit;
                AtomicFiles.writeText(target, writer -> {
                    writer.write("parameter,value,sigma\n");
                    for (int p = 0; p < result.values().length; p++) {
                        writer.write(names.parameters().get(p) + "," + result.values()[p] + "," + result.sigmas()[p]
                                + "\n");
                    }
                });
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

    private static String describeRange(Calibration.Range range) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < range.names().size(); p++) {
            text.append(p == 0 ? "" : ", ").append(range.names().get(p)).append(" in [")
                    .append(range.lower()[p]).append(", ").append(range.upper()[p]).append(']')
                    .append(range.logarithmic()[p] ? " (log)" : "");
        }
        return text.toString();
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
