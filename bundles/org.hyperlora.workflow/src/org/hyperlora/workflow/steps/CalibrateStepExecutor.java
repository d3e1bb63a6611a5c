package org.hyperlora.workflow.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.Study;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.Calibration;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.MeasuredData;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.workflow.CalibrateStep;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Calibrate: the parameter values whose solution fits measured data best ({@link Calibration}), through the trained
 * HyperLoRA surrogate unless the step names another solver. Writes {@code parameter,value,sigma}; the values, the
 * misfit and any warning (a value on the range's edge, a poor fit) go to the step's messages, as
 * {@code hyperlora calibrate} prints them.
 */
public final class CalibrateStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        CalibrateStep step = context.step(CalibrateStep.class);
        Study study = StepChecks.study(context, problems, step.getStudy());
        StepChecks.solver(context, problems, step.getSolver(), "solver");
        StepChecks.output(context, problems, step.getOutput(), "output");
        if (step.getDataFile() == null || step.getDataFile().isBlank()) {
            problems.error("no dataFile: give the measurements, a CSV naming the coordinates and measured fields");
        }
        context.declareInput(step.getDataFile());
        if (step.getDataFile() != null && !step.getDataFile().isBlank()) {
            try {
                if (!Files.isRegularFile(context.resolve(step.getDataFile()))
                        && !context.writtenEarlier(step.getDataFile())) {
                    problems.warning("data file " + step.getDataFile() + " does not exist and no earlier step writes"
                            + " it: the run stops here unless it is there by then");
                }
            } catch (IllegalArgumentException e) {
                problems.error("data file '" + step.getDataFile() + "': " + e.getMessage());
            }
        }
        if (step.isSetNoise() && !(step.getNoise() > 0 && Double.isFinite(step.getNoise()))) {
            problems.error("noise " + step.getNoise() + " is not a positive number (leave it unset to estimate it)");
        }
        if (step.getStarts() < 1 || step.getStarts() > 64) {
            problems.error("starts " + step.getStarts() + ": give 1 to 64");
        }
        if (study != null && study.getFamily() != null && study.getFamily().getParameters().isEmpty()) {
            problems.error("study '" + study.getName() + "' has no parameters to calibrate");
        }
    }

    @Override
    public void execute(StepContext context) throws Exception {
        CalibrateStep step = context.step(CalibrateStep.class);
        StudyContext study = context.loadStudy(step.getStudy());
        StudySetup setup = study.engineStudy();
        Path dataFile = context.resolve(step.getDataFile());
        if (!Files.isRegularFile(dataFile)) {
            throw new IllegalArgumentException("data file " + dataFile + " does not exist");
        }
        MeasuredData data = MeasuredData.read(dataFile, setup.coordinates(), setup.fields());
        Optional<String> outside = setup.problem().domain().firstOutside(data.points());
        if (outside.isPresent()) {
            throw new IllegalArgumentException("data file " + dataFile + ": " + outside.get() + ", beyond the study's"
                    + " domain " + setup.problem().domain().describe());
        }
        SearchRange range = SearchRange.of(study.study().getFamily().getParameters());
        var shape = setup.problem().shape().orElse(null);
        for (double[] probe : MeasuredData.probe(range)) {
            Optional<String> hole = data.firstOutside(shape, range, probe);
            if (hole.isPresent()) {
                context.message("warning: " + hole.get() + ": for part of the range the fit judges such points by the"
                        + " network's values where there is no domain");
                break;
            }
        }
        double noise = step.isSetNoise() ? step.getNoise() : Double.NaN;
        String solverId = step.getSolver() == null || step.getSolver().isBlank() ? BuiltinSolvers.HYPERLORA
                : step.getSolver();
        SubMonitor progress = SubMonitor.convert(context.monitor(), 2);
        long start = System.nanoTime();
        try (SurrogateSolver solver = StepChecks.open(context, study, solverId, null, progress.split(1))) {
            // the study's held-out errors are the HyperLoRA surrogate's; another solver's own error is not known here
            double modelError = solver.id().equals(BuiltinSolvers.HYPERLORA) ? data.surrogateErrorBound(study.study())
                    : 0;
            if (Double.isNaN(modelError)) {
                context.message("warning: the study holds no held-out errors of " + solver.name() + " for "
                        + data.fields() + ": the uncertainty covers the measurements' noise only");
                modelError = 0;
            } else if (!solver.id().equals(BuiltinSolvers.HYPERLORA) && !solver.id().equals(BuiltinSolvers.EXACT)) {
                context.message("warning: the own error of " + solver.name() + " is not known here: the uncertainty"
                        + " covers the measurements' noise only");
            }
            Calibration.Result fit = new Calibration(data.model(solver, progress.split(1)), range, data.observed(),
                    noise, modelError).run(step.getStarts());
            Optional<String> outsideAtFit = data.firstOutside(shape, range, fit.values());
            if (outsideAtFit.isPresent()) {
                throw new IllegalArgumentException("data file " + dataFile + ": " + outsideAtFit.get()
                        + ", the best fit found: the data cannot be explained there");
            }
            Path csv = context.resolve(step.getOutput());
            fit.writeCsv(csv, range.names());
            context.output(csv);
            context.message(String.join("; ", fit.lines(range.names())) + String.format(Locale.ROOT,
                    "; misfit %.4g over %d measured values of %s; %d solves by %s in %.2f s -> %s", fit.misfit(),
                    data.observed().length, String.join(", ", data.fields()), fit.solves(), solver.name(),
                    (System.nanoTime() - start) / 1e9, csv));
            for (String warning : fit.warnings()) {
                context.message("warning: " + warning);
            }
        }
    }
}
