package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.hyperlora.model.tests.Studies.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.ParameterPoint;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.tests.Studies;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;

/**
 * A study being edited is often incomplete: unnamed symbols, conditions without field or boundary, empty
 * settings. The validator reports each gap and never fails with an exception (which EMF would turn into an
 * opaque "validation failed" diagnostic and which would hide the real problems of that object).
 */
class IncompleteStudyValidationTest {

    private static final HyperloraFactory FACTORY = HyperloraFactory.eINSTANCE;

    private static void assertNoValidationException(Study study) {
        List<Diagnostic> all = problems(study);
        for (Diagnostic diagnostic : all) {
            assertNull(diagnostic.getException(), () -> "validation threw: " + diagnostic.getMessage() + "\n"
                    + Studies.describe(all));
        }
    }

    @Test
    void emptyStudyReportsItsMissingParts() {
        Study study = FACTORY.createStudy();
        study.setName("empty");
        assertNoValidationException(study);
        assertEquals(2, problems(study, StudyProblem.MISSING_PART).size());
        assertProblem(study, StudyProblem.NO_TRAINING_SET, study, "study 'empty'");
        StudyMappingException e = assertThrows(StudyMappingException.class, () -> StudyMapping.toEngine(study));
        assertEquals(Diagnostic.ERROR, e.diagnostic().getSeverity());
    }

    @Test
    void studyOfBlankObjectsIsValidatedWithoutExceptions() {
        Study study = FACTORY.createStudy();
        PdeFamily family = FACTORY.createPdeFamily();
        study.setFamily(family);
        MethodSettings method = FACTORY.createMethodSettings();
        method.setNetwork(FACTORY.createNetworkSettings());
        method.setLora(FACTORY.createLoraSettings());
        method.setHypernetwork(FACTORY.createHypernetworkSettings());
        method.setTraining(FACTORY.createTrainingSettings());
        study.setMethod(method);
        family.getCoordinates().add(FACTORY.createCoordinate());
        family.getFields().add(FACTORY.createField());
        family.getParameters().add(FACTORY.createParameter());
        family.getEquations().add(FACTORY.createEquation());
        for (ConditionKind kind : ConditionKind.values()) {
            Condition condition = FACTORY.createCondition();
            condition.setKind(kind);
            family.getConditions().add(condition);
        }
        family.getHardConstraints().add(FACTORY.createHardConstraint());
        family.setReference(FACTORY.createReference());
        ParameterSet set = FACTORY.createParameterSet();
        ParameterPoint point = FACTORY.createParameterPoint();
        point.getValues().add(FACTORY.createParameterValue());
        set.getPoints().add(point);
        study.getParameterSets().add(set);
        method.getTraining().getBaseStages().add(FACTORY.createOptimizerStage());
        assertNoValidationException(study);
        assertEquals(3, problems(study, StudyProblem.INVALID_NAME).size(), "coordinate, field and parameter");

        // named symbols, conditions on the field but still without boundary parts
        family.getCoordinates().get(0).setName("x");
        family.getFields().get(0).setName("u");
        family.getParameters().get(0).setName("a");
        for (Condition condition : family.getConditions()) {
            condition.setField(family.getFields().get(0));
        }
        family.getReference().setKind(ReferenceKind.DATA_FILE);
        assertNoValidationException(study);
        assertEquals(Diagnostic.ERROR, StudyFiles.validate(study).getSeverity());
        // dirichlet, neumann, periodic and robin without a boundary part
        assertEquals(4, problems(study, StudyProblem.UNKNOWN_BOUNDARY_PART).size(),
                () -> Studies.describe(problems(study)));
    }

    @Test
    void conditionWithoutFieldOrBoundary() {
        Study study = Studies.load("burgers");
        Condition blank = FACTORY.createCondition();
        study.getFamily().getConditions().add(blank);
        assertNoValidationException(study);
        assertProblem(study, StudyProblem.MISSING_FIELD, blank, "has no field");
        assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, blank, "unknown boundary part");
        assertProblem(study, StudyProblem.MISSING_EXPRESSION, blank);
    }
}
