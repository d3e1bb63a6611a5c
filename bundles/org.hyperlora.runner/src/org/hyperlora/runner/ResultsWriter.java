package org.hyperlora.runner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.LossHistory;
import org.hyperlora.model.Metric;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.Results;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;

/**
 * Stores a run's results in the study: through an editing domain's command stack (one undoable command; the
 * editor's dirty state follows) or, headless, directly and saved to the file.
 */
public final class ResultsWriter {

    private ResultsWriter() {
    }

    /**
     * Points the results' field and parameter references at the study's own (by name): results made from a copy
     * of the study (a job trains a snapshot while the editor may change the model) then belong to it.
     */
    public static Results rebind(Results results, Study study) {
        for (Metric metric : results.getMetrics()) {
            if (metric.getField() != null && metric.getField().eContainer() != study.getFamily()) {
                String name = metric.getField().getName();
                metric.setField(study.getFamily().getFields().stream().filter(f -> name.equals(f.getName()))
                        .findFirst().orElse(null));
            }
            for (ParameterValue value : metric.getParameterValues()) {
                if (value.getParameter() != null && value.getParameter().eContainer() != study.getFamily()) {
                    String name = value.getParameter().getName();
                    value.setParameter(study.getFamily().getParameters().stream().filter(p -> name.equals(p.getName()))
                            .findFirst().orElse(null));
                }
            }
        }
        return results;
    }

    /** Replaces the study's results with one undoable command on the domain's command stack; returns it. */
    public static Command apply(EditingDomain domain, Study study, Results results) {
        rebind(results, study);
        Command command = SetCommand.create(domain, study, HyperloraPackage.Literals.STUDY__RESULTS, results);
        if (!command.canExecute()) {
            throw new IllegalStateException("the results cannot be stored in study '" + study.getName() + "'");
        }
        domain.getCommandStack().execute(command);
        return command;
    }

    /** Headless: replaces the study's results and saves the study file. */
    public static void store(Study study, Path studyFile, Results results) throws StudyFileException {
        study.setResults(rebind(results, study));
        StudyFiles.save(study, studyFile);
    }

    /** Collects a run's results against the study's fields and parameters. */
    public static final class Builder {
        private final Study study;
        private final Path studyFolder;
        private final Instant started;
        private final List<ArtifactLink> artifacts = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();
        private final List<LossHistory> histories = new ArrayList<>();

        Builder(Study study, Path studyFile, Instant started) {
            this.study = study;
            this.studyFolder = studyFile.toAbsolutePath().getParent();
            this.started = started;
        }

        synchronized void artifact(ArtifactKind kind, Path file, String description) {
            ArtifactLink link = HyperloraFactory.eINSTANCE.createArtifactLink();
            link.setKind(kind.literal());
            Path absolute = file.toAbsolutePath().normalize();
            // relative to the study, so study and artifacts move together
            link.setPath(absolute.startsWith(studyFolder) ? studyFolder.relativize(absolute).toString().replace('\\', '/')
                    : absolute.toString());
            link.setCreated(new Date());
            link.setDescription(description);
            artifacts.add(link);
        }

        synchronized void metric(String stage, String name, double value, String field) {
            metric(stage, name, value, field, null);
        }

        synchronized void metric(String stage, String name, double value, String field, double[] parameters) {
            Metric metric = HyperloraFactory.eINSTANCE.createMetric();
            metric.setStage(stage);
            metric.setName(name);
            metric.setValue(value);
            if (field != null) {
                metric.setField(fieldNamed(field));
            }
            if (parameters != null) {
                List<Parameter> declared = study.getFamily().getParameters();
                for (int p = 0; p < parameters.length && p < declared.size(); p++) {
                    ParameterValue parameterValue = HyperloraFactory.eINSTANCE.createParameterValue();
                    parameterValue.setParameter(declared.get(p));
                    parameterValue.setValue(parameters[p]);
                    metric.getParameterValues().add(parameterValue);
                }
            }
            metrics.add(metric);
        }

        /** The loss along a training, steps counted across its stages (the trainer already thinned it). */
        synchronized void history(String stage, List<TrainingProgress> progress) {
            LossHistory history = HyperloraFactory.eINSTANCE.createLossHistory();
            history.setStage(stage);
            history.setTerm("total");
            int offset = 0;
            int previousStage = 0;
            int lastStep = 0;
            for (TrainingProgress point : progress) {
                if (point.stageIndex() != previousStage) {
                    offset += lastStep;
                    previousStage = point.stageIndex();
                }
                lastStep = point.step();
                if (Double.isFinite(point.loss())) {
                    history.getSteps().add(offset + point.step());
                    history.getValues().add(point.loss());
                }
            }
            histories.add(history);
        }

        private Field fieldNamed(String name) {
            return study.getFamily().getFields().stream().filter(f -> name.equals(f.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no field " + name + " in study " + study.getName()));
        }

        synchronized Results build(Instant finished) {
            Results results = HyperloraFactory.eINSTANCE.createResults();
            results.setEngineVersion(engineVersion());
            results.setStarted(Date.from(started));
            results.setFinished(Date.from(finished));
            results.getArtifacts().addAll(artifacts);
            results.getMetrics().addAll(metrics);
            results.getLossHistories().addAll(histories);
            return results;
        }

        private static String engineVersion() {
            try {
                var bundle = org.eclipse.core.runtime.Platform.getBundle("org.hyperlora.engine");
                return bundle == null ? "unknown (not in OSGi)" : bundle.getVersion().toString();
            } catch (RuntimeException | LinkageError e) {
                return "unknown (not in OSGi)";
            }
        }
    }
}
