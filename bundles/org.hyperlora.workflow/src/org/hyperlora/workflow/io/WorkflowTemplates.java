package org.hyperlora.workflow.io;

import java.util.List;
import java.util.Locale;

import org.hyperlora.model.Parameter;
import org.hyperlora.model.Scale;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.workflow.CalibrateStep;
import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.ParameterDistribution;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.UncertaintyStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;

/**
 * The starting points File > New > HyperLoRA Workflow offers, made for a chosen study so that they validate as they
 * are (its first parameter, its range, its fields): train, sweep and compare; calibrate from measurements; propagate
 * uncertain parameters.
 */
public enum WorkflowTemplates {

    SWEEP_AND_COMPARE("Train, sweep and compare"), CALIBRATE("Calibrate from measurements"), UNCERTAINTY(
            "Propagate uncertain parameters");

    private static final WorkflowFactory FACTORY = WorkflowFactory.eINSTANCE;

    private final String label;

    WorkflowTemplates(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A workflow of this template for the study at {@code studyPath} (relative to the workflow file).
     *
     * @throws IllegalArgumentException when the study has no complete family (no parameters, fields or coordinates)
     */
    public Workflow create(String name, Study study, String studyPath) {
        FamilyNames names = study.getFamily() == null ? null : FamilyNames.of(study.getFamily());
        if (names == null || names.parameters().isEmpty() || names.fields().isEmpty()) {
            throw new IllegalArgumentException("study '" + study.getName() + "' needs coordinates, fields and"
                    + " parameters for a workflow");
        }
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName(name);
        String folder = name + "-outputs/";
        List<Parameter> parameters = study.getFamily().getParameters();
        var range = StudyMapping.rangeOf(parameters);
        switch (this) {
        case SWEEP_AND_COMPARE -> {
            workflow.setDescription("Trains " + studyPath + " with its own settings, sweeps " + names.parameters()
                    .get(0) + " over its trained range, and compares the surrogate with the reference at the values"
                    + " the training held out.");
            TrainStep train = FACTORY.createTrainStep();
            train.setName("train");
            train.setStudy(studyPath);
            workflow.getSteps().add(train);
            SweepStep sweep = FACTORY.createSweepStep();
            sweep.setName("sweep " + names.parameters().get(0));
            sweep.setStudy(studyPath);
            sweep.setOutput(folder + "sweep.csv");
            sweep.setParameter(names.parameters().get(0));
            sweep.setFrom(range.lower()[0]);
            sweep.setTo(range.upper()[0]);
            sweep.setCount(11);
            sweep.setLogScale(parameters.get(0).getScale() == Scale.LOG);
            for (String field : names.fields()) {
                sweep.getQuantities().add(quantity(QuantityKind.MAX_ABS, field));
            }
            workflow.getSteps().add(sweep);
            if (study.getFamily().getReference() != null) {
                CompareStep compare = FACTORY.createCompareStep();
                compare.setName("compare with the reference");
                compare.setStudy(studyPath);
                compare.setOutput(folder + "errors.csv");
                workflow.getSteps().add(compare);
            }
        }
        case CALIBRATE -> {
            workflow.setDescription("Finds the parameter values of " + studyPath + " that explain the measurements in"
                    + " measurements.csv (a header naming " + String.join(", ", names.coordinates())
                    + " and any of " + String.join(", ", names.fields()) + "), through its trained surrogate.");
            CalibrateStep calibrate = FACTORY.createCalibrateStep();
            calibrate.setName("calibrate");
            calibrate.setStudy(studyPath);
            calibrate.setDataFile("measurements.csv");
            calibrate.setOutput(folder + "calibrated.csv");
            workflow.getSteps().add(calibrate);
        }
        case UNCERTAINTY -> {
            workflow.setDescription("Propagates uncertain parameters of " + studyPath + " (normal, centred in the"
                    + " trained range, a tenth of it wide) into the fields' mean and standard deviation.");
            UncertaintyStep uncertainty = FACTORY.createUncertaintyStep();
            uncertainty.setName("uncertain parameters");
            uncertainty.setStudy(studyPath);
            uncertainty.setOutput(folder + "spread.csv");
            for (int p = 0; p < parameters.size(); p++) {
                ParameterDistribution distribution = FACTORY.createParameterDistribution();
                distribution.setName(names.parameters().get(p));
                double lower = range.lower()[p];
                double upper = range.upper()[p];
                distribution.setDistribution(String.format(Locale.ROOT, "normal:%s:%s",
                        CsvTable.format((lower + upper) / 2), CsvTable.format((upper - lower) / 10)));
                uncertainty.getParameters().add(distribution);
            }
            uncertainty.getQuantities().add(quantity(QuantityKind.MAX_ABS, names.fields().get(0)));
            uncertainty.setQuantitiesOutput(folder + "quantities.csv");
            workflow.getSteps().add(uncertainty);
        }
        default -> throw new IllegalStateException(name());
        }
        return workflow;
    }

    private static Quantity quantity(QuantityKind kind, String field) {
        Quantity quantity = FACTORY.createQuantity();
        quantity.setKind(kind);
        quantity.setField(field);
        return quantity;
    }
}
