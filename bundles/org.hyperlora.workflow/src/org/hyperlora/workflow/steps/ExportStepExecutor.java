package org.hyperlora.workflow.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.Metric;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.SurrogateStatus;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.workflow.ExportKind;
import org.hyperlora.workflow.ExportStep;
import org.hyperlora.workflow.io.CsvTable;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Export: copies the study's trained surrogate (its newest results artifact of kind {@code surrogate}) to the
 * target, or writes the metrics stored in its results as CSV (stage, name, field, one column per parameter, value).
 */
public final class ExportStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        ExportStep step = context.step(ExportStep.class);
        StepChecks.study(context, problems, step.getStudy());
        StepChecks.output(context, problems, step.getTarget(), "target");
    }

    @Override
    public void execute(StepContext context) throws Exception {
        ExportStep step = context.step(ExportStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        Path target = context.resolve(step.getTarget());
        if (step.getWhat() == ExportKind.METRICS) {
            exportMetrics(context, study, target);
            return;
        }
        ArtifactLink link = study.artifact(ArtifactKind.SURROGATE).orElseThrow(() -> new IllegalStateException(
                study.label() + " has no trained surrogate to export: train it first (a Train step before this one)"));
        Path source = study.resolve(link.getPath()).orElseThrow(() -> new IllegalStateException(
                "the surrogate path '" + link.getPath() + "' of " + study.label() + " cannot be resolved"));
        SurrogateStatus status = SurrogateStatus.of(study.study(), source);
        if (!status.current()) {
            throw new IllegalStateException("the surrogate of " + study.label() + " is not exported: " + status.reason());
        }
        if (AtomicFiles.sameFile(source, target)) {
            throw new IllegalArgumentException("target " + target + " is the surrogate itself; choose another file");
        }
        AtomicFiles.copy(source, target);
        context.output(target);
        context.message("surrogate " + source + " -> " + target);
    }

    private static void exportMetrics(StepContext context, StudyContext study, Path target) throws Exception {
        var results = study.study().getResults();
        if (results == null || results.getMetrics().isEmpty()) {
            throw new IllegalStateException(study.label() + " has no stored metrics to export: train it first (a Train"
                    + " step before this one)");
        }
        StudySetup setup = study.engineStudy();
        List<String> columns = new ArrayList<>(List.of("stage", "name", "field"));
        columns.addAll(setup.range().names());
        columns.add("value");
        CsvTable table = new CsvTable(columns);
        for (Metric metric : results.getMetrics()) {
            List<Object> row = new ArrayList<>();
            row.add(text(metric.getStage()));
            row.add(text(metric.getName()));
            row.add(metric.getField() == null ? "" : text(metric.getField().getName()));
            for (String parameter : setup.range().names()) {
                row.add(metric.getParameterValues().stream()
                        .filter(v -> v.getParameter() != null && parameter.equals(v.getParameter().getName()))
                        .map(ParameterValue::getValue).<Object>map(v -> v).findFirst().orElse(""));
            }
            row.add(metric.getValue());
            table.row(row);
        }
        table.write(target);
        context.output(target);
        context.message(table.rowCount() + " metrics of " + study.label() + " -> " + target);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
