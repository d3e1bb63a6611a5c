package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.assertOnlyProblems;
import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.hyperlora.model.tests.Studies.load;
import static org.hyperlora.model.tests.Studies.severity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.ParameterPoint;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.ParameterValue;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;

/** Training and test parameter sets. */
class ParameterSetValidationTest {

    private static ParameterSet set(Study study, ParameterSetRole role) {
        return study.getParameterSets().stream().filter(s -> s.getRole() == role).findFirst().orElseThrow();
    }

    /** Replaces the set's rule by explicit values of the family's single parameter. */
    private static ParameterSet explicit(Study study, ParameterSetRole role, double... values) {
        ParameterSet set = set(study, role);
        set.setRule(ParameterRule.EXPLICIT);
        set.setCount(0);
        Parameter parameter = study.getFamily().getParameters().get(0);
        for (double v : values) {
            ParameterPoint point = HyperloraFactory.eINSTANCE.createParameterPoint();
            ParameterValue value = HyperloraFactory.eINSTANCE.createParameterValue();
            value.setParameter(parameter);
            value.setValue(v);
            point.getValues().add(value);
            set.getPoints().add(point);
        }
        return set;
    }

    @Test
    void noTrainingSetIsAnError() {
        Study study = load("kovasznay");
        study.getParameterSets().remove(set(study, ParameterSetRole.TRAINING));
        assertProblem(study, StudyProblem.NO_TRAINING_SET, study, "no training parameter set");
        assertOnlyProblems(study, StudyProblem.NO_TRAINING_SET);
        assertThrows(StudyMappingException.class, () -> StudyMapping.toEngine(study));
    }

    @Test
    void noTestSetIsOnlyAWarning() throws Exception {
        Study study = load("kovasznay");
        study.getParameterSets().remove(set(study, ParameterSetRole.TEST));
        assertProblem(study, StudyProblem.NO_TEST_SET, study, "no test parameter set", "held-out");
        assertEquals(Diagnostic.WARNING, severity(study));
        assertOnlyProblems(study, StudyProblem.NO_TEST_SET);
        StudySetup engine = StudyMapping.toEngine(study);
        assertEquals(20, engine.trainingValues().length);
        assertEquals(0, engine.testValues().length);
    }

    @Test
    void explicitValuesAreMappedInOrder() throws Exception {
        Study study = load("kovasznay");
        explicit(study, ParameterSetRole.TRAINING, 20, 50, 100);
        explicit(study, ParameterSetRole.TEST, 35);
        assertEquals(Diagnostic.OK, severity(study));
        StudySetup engine = StudyMapping.toEngine(study);
        assertArrayEquals(new double[][] { { 20 }, { 50 }, { 100 } }, engine.trainingValues());
        assertArrayEquals(new double[][] { { 35 } }, engine.testValues());
    }

    @Test
    void trainingValueOutsideTheRangeIsAnError() {
        Study study = load("kovasznay");
        ParameterSet training = explicit(study, ParameterSetRole.TRAINING, 40, 150);
        ParameterValue outside = training.getPoints().get(1).getValues().get(0);
        assertProblem(study, StudyProblem.TRAINING_VALUE_OUTSIDE_RANGE, outside, "training set 'training', point 2",
                "Re = 150.0", "[20.0, 100.0]");
        assertOnlyProblems(study, StudyProblem.TRAINING_VALUE_OUTSIDE_RANGE);
    }

    @Test
    void testValueOutsideTheRangeIsAWarning() throws Exception {
        Study study = load("kovasznay");
        ParameterSet test = explicit(study, ParameterSetRole.TEST, 150);
        ParameterValue outside = test.getPoints().get(0).getValues().get(0);
        assertProblem(study, StudyProblem.TEST_VALUE_OUTSIDE_RANGE, outside, "test set 'held-out', point 1",
                "Re = 150.0", "extrapolates");
        assertEquals(Diagnostic.WARNING, severity(study));
        assertArrayEquals(new double[][] { { 150 } }, StudyMapping.toEngine(study).testValues());
    }

    @Test
    void pointWithoutAValueForAParameter() {
        Study study = load("kovasznay");
        ParameterSet training = explicit(study, ParameterSetRole.TRAINING, 40, 60);
        ParameterPoint incomplete = training.getPoints().get(1);
        incomplete.getValues().clear();
        assertProblem(study, StudyProblem.INCOMPLETE_POINT, incomplete, "point 2", "no value for parameter Re");
        assertOnlyProblems(study, StudyProblem.INCOMPLETE_POINT);
    }

    @Test
    void pointGivingAParameterTwice() {
        Study study = load("kovasznay");
        ParameterSet training = explicit(study, ParameterSetRole.TRAINING, 40);
        ParameterPoint point = training.getPoints().get(0);
        ParameterValue twice = HyperloraFactory.eINSTANCE.createParameterValue();
        twice.setParameter(study.getFamily().getParameters().get(0));
        twice.setValue(50);
        point.getValues().add(twice);
        assertProblem(study, StudyProblem.INCOMPLETE_POINT, twice, "Re is given twice");
    }

    @Test
    void pointNamingAParameterOfAnotherStudy() {
        Study study = load("kovasznay");
        ParameterSet training = explicit(study, ParameterSetRole.TRAINING, 40);
        ParameterValue foreign = training.getPoints().get(0).getValues().get(0);
        foreign.setParameter(load("burgers").getFamily().getParameters().get(0));
        assertProblem(study, StudyProblem.INCOMPLETE_POINT, foreign, "names no parameter of this study");
    }

    @Test
    void explicitSetWithoutValues() {
        Study study = load("kovasznay");
        ParameterSet training = explicit(study, ParameterSetRole.TRAINING);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, training, "no parameter values are listed");
    }

    @Test
    void evenlySpacedNeedsTwoValues() {
        Study study = load("burgers");
        ParameterSet training = set(study, ParameterSetRole.TRAINING);
        training.setCount(1);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, training, "evenlySpaced", "count >= 2, got 1");
        assertOnlyProblems(study, StudyProblem.NON_POSITIVE_COUNT);
    }

    @Test
    void cellCentresNeedOneValue() {
        Study study = load("burgers");
        ParameterSet test = set(study, ParameterSetRole.TEST);
        test.setCount(1);
        assertEquals(Diagnostic.OK, severity(study), "one cell centre is a valid test set");
        test.setCount(0);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, test, "cellCentres", "count >= 1, got 0");
    }

    @Test
    void ruleNeedsASingleParameter() {
        Study study = load("convection");
        Parameter second = HyperloraFactory.eINSTANCE.createParameter();
        second.setName("alpha");
        study.getFamily().getParameters().add(second);
        ParameterSet training = set(study, ParameterSetRole.TRAINING);
        ParameterSet test = set(study, ParameterSetRole.TEST);
        assertProblem(study, StudyProblem.RULE_NEEDS_ONE_PARAMETER, test, "cellCentres", "2 parameters");
        assertProblem(study, StudyProblem.RULE_NEEDS_ONE_PARAMETER, training, "evenlySpaced", "2 parameters");
    }
}
