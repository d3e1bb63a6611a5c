package org.hyperlora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hyperlora.bench.HyperLoraStudy.FineTunePoint;
import org.hyperlora.bench.HyperLoraStudy.MethodResult;
import org.hyperlora.bench.HyperLoraStudy.Result;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.plot.FieldPanels;
import org.hyperlora.engine.plot.LineChart;
import org.hyperlora.engine.store.NetworkArtifacts;

/**
 * Writes a study's results folder: {@code results.md} (tables and the paper's claims checked on these
 * numbers), {@code results.csv} (every held-out error), {@code summary.csv}, PNG plots (error vs parameter
 * per field; exact vs predicted field at the worst held-out value) and the LoRA-HyperPINN surrogate
 * ({@code surrogate.hlora}, reloaded and compared before the report says it is usable).
 */
public final class StudyReport {

    /** How the run was started, for the report's header. */
    public record Provenance(String command, String commit, ZonedDateTime started, String machine) {
    }

    private StudyReport() {
    }

    /** Writes everything into {@code folder} (created if needed); returns the markdown text. */
    public static String write(Result result, Provenance provenance, Path folder) throws IOException {
        Files.createDirectories(folder);
        String parameter = result.setup().range().names().get(0);
        String surrogateCheck = saveSurrogate(result, folder.resolve("surrogate.hlora"));
        writeCsv(result, parameter, folder);
        List<String> plots = writePlots(result, parameter, folder);
        String markdown = markdown(result, provenance, parameter, surrogateCheck, plots);
        writeText(folder.resolve("results.md"), markdown);
        return markdown;
    }

    private static String saveSurrogate(Result result, Path file) throws IOException {
        Surrogate surrogate = result.surrogate();
        NetworkArtifacts.Description description = NetworkArtifacts.Description.of(result.setup().problem(),
                result.setup().referenceValue()).withNotes("LoRA-HyperPINN surrogate from the HyperLoRA study, "
                        + result.title() + ", profile " + result.profile().literal());
        try {
            SurrogateArtifacts.save(file, surrogate, description);
            Surrogate loaded = SurrogateArtifacts.load(file);
            double[] points = new double[] { result.setup().problem().domain().lower(0),
                    result.setup().problem().domain().lower(1), 0.3, 0.2 };
            double largest = 0;
            for (double[] lambda : result.testValues()) {
                double[][] a = surrogate.solve(lambda, points).fields();
                double[][] b = loaded.solve(lambda, points).fields();
                for (int f = 0; f < a.length; f++) {
                    for (int p = 0; p < a[f].length; p++) {
                        largest = Math.max(largest, Math.abs(a[f][p] - b[f][p]));
                    }
                }
            }
            return String.format(Locale.ROOT, "saved (%d bytes), reloaded, largest difference of the reloaded solve "
                    + "at the test values: %.1e", Files.size(file), largest);
        } catch (ArtifactException e) {
            throw new IOException("could not save or reload the surrogate: " + e.getMessage(), e);
        }
    }

    private static void writeCsv(Result result, String parameter, Path folder) throws IOException {
        StringBuilder rows = new StringBuilder("method,predicted_parameters," + parameter + ",field,relative_l2\n");
        for (MethodResult method : result.methods()) {
            for (int i = 0; i < result.testValues().length; i++) {
                for (int f = 0; f < result.fields().size(); f++) {
                    rows.append(String.format(Locale.ROOT, "\"%s\",%d,%.10g,%s,%.6e%n", method.label(),
                            method.predictedParameters(), result.testValues()[i][0], result.fields().get(f),
                            method.errors()[i][f]));
                }
            }
        }
        writeText(folder.resolve("results.csv"), rows.toString());
        StringBuilder summary = new StringBuilder("method,predicted_parameters,training_seconds,heldout_physics_loss");
        for (String field : result.fields()) {
            summary.append(",mean_").append(field).append(",worst_").append(field);
        }
        summary.append('\n');
        for (MethodResult method : result.methods()) {
            summary.append(String.format(Locale.ROOT, "\"%s\",%d,%.3f,%.6e", method.label(), method.predictedParameters(),
                    method.trainingSeconds(), method.meanLoss()));
            for (int f = 0; f < result.fields().size(); f++) {
                summary.append(String.format(Locale.ROOT, ",%.6e,%.6e", method.mean(f), method.worst(f)));
            }
            summary.append('\n');
        }
        writeText(folder.resolve("summary.csv"), summary.toString());
    }

    private static List<String> writePlots(Result result, String parameter, Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        double[] x = Arrays.stream(result.testValues()).mapToDouble(v -> v[0]).toArray();
        double[] training = Arrays.stream(result.trainingValues()).mapToDouble(v -> v[0]).toArray();
        boolean logX = result.setup().range().logScale()[0];
        for (int f = 0; f < result.fields().size(); f++) {
            String field = result.fields().get(f);
            LineChart chart = new LineChart(result.title() + ": held-out error of " + field, parameter,
                    "relative L2 error of " + field).logY(true).logX(logX);
            for (MethodResult method : result.methods()) {
                int field0 = f;
                chart.addSeries(method.label(), x, Arrays.stream(method.errors()).mapToDouble(e -> e[field0]).toArray());
            }
            chart.addMarkers("training values", training);
            String name = "error_vs_" + parameter + "_" + field + ".png";
            chart.writePng(folder.resolve(name), 1100, 600);
            files.add(name);
        }
        var domain = result.setup().problem().domain();
        int n = result.grid();
        for (int f = 0; f < result.fields().size(); f++) {
            String field = result.fields().get(f);
            double[] exact = result.worstExact()[f];
            double[] predicted = result.worstPredicted()[f].clone();
            if (result.setup().meanShiftedFields().contains(field)) {
                // pressure is defined up to a constant: show the prediction shifted to the exact mean
                double shift = Arrays.stream(exact).filter(Double::isFinite).average().orElse(0)
                        - Arrays.stream(predicted).filter(Double::isFinite).average().orElse(0);
                for (int k = 0; k < predicted.length; k++) {
                    predicted[k] += shift;
                }
            }
            double[] error = new double[exact.length];
            for (int k = 0; k < exact.length; k++) {
                error[k] = Math.abs(predicted[k] - exact[k]);
            }
            FieldPanels panels = new FieldPanels(String.format(Locale.ROOT, "%s at the worst held-out %s = %s (%s)",
                    field, parameter, HyperLoraStudy.fmt(result.testValues()[result.worstTestIndex()][0]),
                    StudyMethod.LORA_HYPERPINN.label(0)), domain.coordinateNames().get(0), domain.coordinateNames().get(1),
                    domain.lower(0), domain.upper(0), domain.lower(1), domain.upper(1));
            panels.add("exact " + field, exact, n, n, 0).add("predicted " + field, predicted, n, n, 0)
                    .add("|error|", error, n, n, 1);
            String name = "worst_" + field + ".png";
            panels.writePng(folder.resolve(name), 380, 340);
            files.add(name);
        }
        return files;
    }

    private static void writeText(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static String markdown(Result result, Provenance provenance, String parameter, String surrogateCheck,
            List<String> plots) {
        StringBuilder md = new StringBuilder();
        StudySetup setup = result.setup();
        StudySetup.Hyper hyper = setup.hyper();
        List<String> fields = result.fields();
        md.append("# HyperLoRA study: ").append(result.title()).append(" (profile `").append(result.profile().literal())
                .append("`)\n\n");
        md.append("- Command: `").append(provenance.command()).append("`\n");
        md.append("- Commit: `").append(provenance.commit()).append("`, started ")
                .append(provenance.started().withZoneSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" UTC, total ").append(String.format(Locale.ROOT, "%.1f min", result.totalSeconds() / 60))
                .append("\n");
        md.append("- Machine: ").append(provenance.machine()).append("; ").append(result.threads()).append("\n");
        md.append(String.format(Locale.ROOT, "- PINN: %s, %s, %s; %d collocation points, %d per boundary "
                + "condition; base network trained at %s = %s (%s)%n", layout(result),
                setup.network().activation().name().toLowerCase(Locale.ROOT), setup.network().dataType(),
                setup.problem().collocationCount(), setup.problem().boundaryPointCount(), parameter,
                HyperLoraStudy.fmt(setup.referenceValue()[0]), HyperLoraStudy.describe(setup.baseStages())));
        md.append("- Training values (").append(result.trainingValues().length).append(", evenly spaced")
                .append(setup.range().logScale()[0] ? " in log scale" : "").append(", ends included): ")
                .append(values(result.trainingValues())).append("\n");
        md.append("- Test values (").append(result.testValues().length)
                .append(", never training values; the physics batches are drawn at random across the range): ")
                .append(values(result.testValues())).append("\n");
        if (result.validationOnTestValues()) {
            md.append("- **Caveat**: the hypernetwork's validation values (midway between training values) are test "
                    + "values too; rounds are kept by their physics loss there, so the held-out errors are optimistic.\n");
        }
        md.append(String.format(Locale.ROOT, "- Per-instance fits from the base: %s; at the training values "
                + "by continuation (two chains outwards from the base value, one per core); hypernetwork %s → n, %s, "
                + "output = offset + MLP(normalized %s) with the output layer starting at zero (= the base network); "
                + "weights-only rows: regression, L-BFGS %d; HyperPINN rows start from whichever of the base network and "
                + "the weights-only hypernetwork has the lower physics loss at the validation values, then train on the "
                + "physics loss: %s, plus the weight loss weighted by the fits' mean physics loss%n",
                HyperLoraStudy.describe(setup.fitStages()), Arrays.toString(hyper.hiddenWidths()),
                hyper.activation().name().toLowerCase(Locale.ROOT), parameter, hyper.regressionIterations(),
                hyper.physicsOptimizer() == StudySetup.PhysicsOptimizer.ADAM
                        ? String.format(Locale.ROOT, "%d rounds × Adam %d (rate %.1e) on %d values drawn across the "
                                + "range (one per cell) afresh every step; the stage ends on the round with the lowest "
                                + "physics loss at the validation values (midway between training values)",
                                hyper.physicsRounds(), hyper.iterationsPerRound(), hyper.physicsLearningRate(),
                                hyper.batchSize())
                        : String.format(Locale.ROOT, "%d rounds × L-BFGS %d on %d values drawn across the range (one "
                                + "per cell); a round that raises the physics loss at the validation values (midway "
                                + "between training values) is undone", hyper.physicsRounds(),
                                hyper.iterationsPerRound(), hyper.batchSize())));
        md.append("- Errors: relative L2 on a ").append(result.grid()).append("×").append(result.grid())
                .append(" grid against the exact solution");
        if (!setup.meanShiftedFields().isEmpty()) {
            md.append(" (").append(String.join(", ", setup.meanShiftedFields()))
                    .append(" after subtracting each mean: defined up to a constant)");
        }
        md.append("\n\n## Held-out error\n\n");
        int fullCount = result.method(StudyMethod.FULL_HYPER).predictedParameters();
        md.append("| Method | parameters predicted (hypernetworks) or trained per value | fewer than full HyperPINN |");
        for (String field : fields) {
            md.append(" ").append(field).append(" mean | ").append(field).append(" worst |");
        }
        md.append(" physics loss at test values | training time | how |\n|---|---:|---:|");
        md.append("---:|---:|".repeat(fields.size())).append("---:|---:|---|\n");
        for (MethodResult method : result.methods()) {
            md.append("| ").append(method.label()).append(" | ")
                    .append(method.predictedParameters() == 0 ? "–" : Integer.toString(method.predictedParameters()))
                    .append(" | ")
                    .append(method.predictedParameters() == 0 ? "–"
                            : String.format(Locale.ROOT, "%.1f×", (double) fullCount / method.predictedParameters()))
                    .append(" |");
            for (int f = 0; f < fields.size(); f++) {
                md.append(String.format(Locale.ROOT, " %.2e | %.2e |", method.mean(f), method.worst(f)));
            }
            md.append(String.format(Locale.ROOT, " %.2e | %.1f s | %s |%n", method.meanLoss(), method.trainingSeconds(),
                    method.trainingNote()));
        }
        md.append("\nPhysics loss: geometric mean over the test values of the training loss (same points) of the row's "
                + "network. Training time of per-instance rows is per value (one core each, two at a time); of hypernetwork "
                + "rows the whole offline cost.\n");

        md.append("\n## The paper's claims on these numbers\n\n");
        appendClaims(md, result, fullCount, surrogateCheck);

        md.append("\n## Rank sweep (LoRA-PINN per instance at the test values)\n\n");
        md.append("| rank | trainable parameters | geometric-mean physics loss |");
        for (String field : fields) {
            md.append(" ").append(field).append(" mean |");
        }
        md.append("\n|---:|---:|---:|").append("---:|".repeat(fields.size())).append("\n");
        List<Integer> ranks = result.options().ranks();
        for (int r = 0; r < ranks.size(); r++) {
            MethodResult method = result.method(StudyMethod.LORA_PINN, ranks.get(r));
            md.append(String.format(Locale.ROOT, "| %d%s | %d | %.3e |", ranks.get(r),
                    ranks.get(r) == result.recommendedRank() ? " (recommended)" : "",
                    method.predictedParameters(), result.rankMeanLoss()[r]));
            for (int f = 0; f < fields.size(); f++) {
                md.append(String.format(Locale.ROOT, " %.2e |", method.mean(f)));
            }
            md.append('\n');
        }
        md.append("\nRecommendation rule (no reference solution needed): the smallest rank whose geometric-mean physics "
                + "loss is within 2× of the best rank's. The study's surrogate uses the rank its file sets: ")
                .append(result.loraDescription()).append(".\n");

        md.append("\n## Fine-tuning the LoRA-HyperPINN prediction (L-BFGS on the physics loss at the test value)\n\n");
        md.append("| iterations | mean time per value |");
        for (String field : fields) {
            md.append(" ").append(field).append(" mean | ").append(field).append(" worst |");
        }
        md.append("\n|---:|---:|").append("---:|---:|".repeat(fields.size())).append("\n");
        for (FineTunePoint point : result.fineTuning()) {
            md.append(String.format(Locale.ROOT, "| %d | %.2f s |", point.iterations(), point.meanSeconds()));
            for (int f = 0; f < fields.size(); f++) {
                int field = f;
                md.append(String.format(Locale.ROOT, " %.2e | %.2e |",
                        Arrays.stream(point.errors()).mapToDouble(e -> e[field]).average().orElse(Double.NaN),
                        Arrays.stream(point.errors()).mapToDouble(e -> e[field]).max().orElse(Double.NaN)));
            }
            md.append('\n');
        }

        md.append("\n## Files\n\n- `results.csv`: every held-out error (method, ").append(parameter)
                .append(", field)\n- `summary.csv`: the table above\n");
        for (String plot : plots) {
            md.append("- `").append(plot).append("`\n");
        }
        md.append("- `surrogate.hlora`: the LoRA-HyperPINN surrogate; ").append(surrogateCheck).append("\n\n");
        for (String plot : plots) {
            md.append("![").append(plot).append("](").append(plot).append(")\n");
        }
        return md.toString();
    }

    private static void appendClaims(StringBuilder md, Result result, int fullCount, String surrogateCheck) {
        List<String> fields = result.fields();
        MethodResult lora = result.method(StudyMethod.LORA_HYPERPINN);
        MethodResult weightsOnly = result.method(StudyMethod.LORA_HYPERNET);
        int rank = result.setup().lora().rank();
        MethodResult perInstance = result.options().ranks().contains(rank) ? result.method(StudyMethod.LORA_PINN, rank)
                : result.method(StudyMethod.LORA_PINN, result.recommendedRank());
        MethodResult tuned = result.method(StudyMethod.LORA_FINE_TUNED);
        MethodResult base = result.method(StudyMethod.BASE);
        double reduction = (double) fullCount / lora.predictedParameters();
        md.append(String.format(Locale.ROOT, "1. **LoRA predicts ≥ 8× fewer parameters than full HyperPINN**: %d vs %d, "
                + "%.1f× — %s.%n", lora.predictedParameters(), fullCount, reduction, reduction >= 8 ? "holds" : "does not hold"));
        md.append("2. **The physics loss improves held-out error over weights only** (mean, LoRA-HyperPINN vs "
                + "LoRA-HyperNet): ");
        int improved = 0;
        List<String> parts = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            parts.add(String.format(Locale.ROOT, "%s %.2e vs %.2e", fields.get(f), lora.mean(f), weightsOnly.mean(f)));
            if (lora.mean(f) < weightsOnly.mean(f)) {
                improved++;
            }
        }
        md.append(String.join(", ", parts)).append(" — ")
                .append(improved == fields.size() ? "holds for every field"
                        : improved == 0 ? "does not hold" : "holds for " + improved + " of " + fields.size() + " fields")
                .append(String.format(Locale.ROOT, " (physics loss at the test values %.2e vs %.2e).%n", lora.meanLoss(),
                        weightsOnly.meanLoss()));
        md.append("3. **LoRA-HyperPINN within 10× (our goal: 3×) of per-instance LoRA-PINN** at the same rank (ratio of "
                + "mean errors): ");
        parts.clear();
        double worstRatio = 0;
        for (int f = 0; f < fields.size(); f++) {
            double ratio = lora.mean(f) / perInstance.mean(f);
            worstRatio = Math.max(worstRatio, ratio);
            parts.add(String.format(Locale.ROOT, "%s %.2f×", fields.get(f), ratio));
        }
        md.append(String.join(", ", parts)).append(" — ")
                .append(worstRatio <= 3 ? "within 3× (goal met)" : worstRatio <= 10 ? "within 10×, not 3×" : "not within 10×")
                .append(".\n");
        md.append("4. **Fine-tuning closes the rest** (mean after fine-tuning / per-instance LoRA-PINN): ");
        parts.clear();
        for (int f = 0; f < fields.size(); f++) {
            parts.add(String.format(Locale.ROOT, "%s %.2f×", fields.get(f), tuned.mean(f) / perInstance.mean(f)));
        }
        md.append(String.join(", ", parts)).append(String.format(Locale.ROOT, " after %.2f s per value.%n",
                tuned.trainingSeconds()));
        double[] retrain = result.retrainSeconds().clone();
        Arrays.sort(retrain);
        double medianRetrain = retrain[retrain.length / 2];
        int reached = Arrays.stream(result.retrainReached()).sum();
        md.append(String.format(Locale.ROOT, "5. **Surrogate solve** (hypernetwork + all fields on a 101×101 grid, warm, "
                + "median of 101): %.2f ms with the float-accurate tanh (largest difference to float64: %.1e), %.2f ms exact "
                + "float64 (goal < 5 ms; full HyperPINN %.2f ms exact) — %s. A PINN trained from scratch at a test value reached "
                + "the LoRA-HyperPINN error (every field) in %d of %d cases; median time %.1f s (%s) — %.0f× the solve time.%n",
                result.latencyMedianMs(), result.fastDifference(), result.latencyExactMedianMs(),
                result.latencyFullMedianMs(), result.latencyMedianMs() < 5 ? "goal met" : "goal not met", reached, retrain.length, medianRetrain,
                reached == retrain.length ? "time to reach it" : "cases that never reached it count their whole training",
                medianRetrain * 1000 / result.latencyMedianMs()));
        md.append("6. **Adaptation matters**: the unadapted base network's mean error vs LoRA-HyperPINN's: ");
        parts.clear();
        for (int f = 0; f < fields.size(); f++) {
            parts.add(String.format(Locale.ROOT, "%s %.2e vs %.2e (%.1f×)", fields.get(f), base.mean(f), lora.mean(f),
                    base.mean(f) / lora.mean(f)));
        }
        md.append(String.join(", ", parts)).append(".\n");
        MethodResult parametric = result.method(StudyMethod.PARAMETRIC);
        md.append("7. **Against the parametric PINN** (parameters as inputs, the same wall time; mean and worst, "
                + "LoRA-HyperPINN vs parametric PINN): ");
        parts.clear();
        int better = 0;
        for (int f = 0; f < fields.size(); f++) {
            parts.add(String.format(Locale.ROOT, "%s %.2e vs %.2e, worst %.2e vs %.2e", fields.get(f), lora.mean(f),
                    parametric.mean(f), lora.worst(f), parametric.worst(f)));
            if (lora.mean(f) < parametric.mean(f)) {
                better++;
            }
        }
        md.append(String.join("; ", parts)).append(" — ")
                .append(better == fields.size() ? "HyperLoRA is more accurate on every field"
                        : better == 0 ? "the parametric PINN is more accurate on every field"
                                : "HyperLoRA is more accurate on " + better + " of " + fields.size() + " fields")
                .append(".\n");
    }

    private static String layout(Result result) {
        StringBuilder text = new StringBuilder();
        text.append(result.setup().problem().domain().dimension());
        for (int width : result.setup().network().hiddenWidths()) {
            text.append("→").append(width);
        }
        return text.append("→").append(result.fields().size()).toString();
    }

    private static String values(double[][] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(HyperLoraStudy.fmt(values[i][0]));
        }
        return text.toString();
    }
}
