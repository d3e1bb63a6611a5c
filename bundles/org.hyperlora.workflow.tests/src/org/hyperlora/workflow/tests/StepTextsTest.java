package org.hyperlora.workflow.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.hyperlora.workflow.OptimizeStep;
import org.hyperlora.workflow.QuantityBound;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.WorkflowPackage;
import org.hyperlora.workflow.io.StepTexts;
import org.junit.jupiter.api.Test;

/** The one-line texts the workflow editor edits contained settings in: read back what they write, say what is wrong. */
class StepTextsTest {

    private static final WorkflowPackage P = WorkflowPackage.eINSTANCE;
    private static final StepTexts.Names NAMES = new StepTexts.Names(List.of("x", "t"), List.of("u", "v"));

    /** Sets the parsed contents on a fresh step and formats them again. */
    private static String roundTrip(Step step, EReference reference, String text) {
        List<EObject> parsed = StepTexts.parse(reference, text, NAMES);
        step.eSet(reference, reference.isMany() ? parsed : parsed.isEmpty() ? null : parsed.get(0));
        return StepTexts.format(step, reference, NAMES);
    }

    @Test
    void eachKindOfSettingReadsBackWhatItWrites() {
        WorkflowFactory f = WorkflowFactory.eINSTANCE;
        assertEquals("Re=60.0, nu=0.01", roundTrip(f.createSolveStep(), P.getSolveStep_Values(), " Re = 60 ,nu=0.01 "));
        assertEquals("x=-0.5:1.0:76, t=51", roundTrip(f.createSolveStep(), P.getSolveStep_Grid(), "x=-0.5:1:76, t=51"));
        assertEquals("maxAbs(u); v(x=1.0 t=0.75)", roundTrip(f.createSweepStep(), P.getSweepStep_Quantities(),
                "maxAbs(u); v(t=0.75, x=1)"));
        assertEquals("u(x=1.0 t=0.1)", roundTrip(f.createOptimizeStep(), P.getOptimizeStep_Objective(),
                "u(x=1 t=0.1)"));
        OptimizeStep optimize = f.createOptimizeStep();
        assertEquals("0.6<=u(x=1.0 t=0.1); 0.0<=maxAbs(v)<=2.0; mean(u)<=1.0", roundTrip(optimize,
                P.getOptimizeStep_Constraints(), "u(x=1 t=0.1)>=0.6; 0<=maxAbs(v)<=2; mean(u)<=1"));
        QuantityBound upper = optimize.getConstraints().get(2);
        assertTrue(upper.isSetUpper() && !upper.isSetLower());
        assertEquals("Re=normal:45:3", roundTrip(f.createUncertaintyStep(), P.getUncertaintyStep_Parameters(),
                "Re=normal:45:3"));
        assertEquals("Re=30.0; Re=60.0", roundTrip(f.createCompareStep(), P.getCompareStep_Points(), "Re=30; Re=60"));
        assertEquals("file=a.txt; text=", roundTrip(f.createContributedStep(), P.getContributedStep_Properties(),
                "file=a.txt; text="));
        assertEquals("", roundTrip(f.createSweepStep(), P.getSweepStep_Quantities(), "  "));
        // a column label, an end left to the coordinate, a number written first, a bound without ends
        assertEquals("maxAbs(u) \"peak u\"; mean(v)", roundTrip(f.createSweepStep(), P.getSweepStep_Quantities(),
                "maxAbs(u) \"peak u\"; mean(v)"));
        var solve = f.createSolveStep();
        assertEquals("x=:0.5:11, t=0.25::3", roundTrip(solve, P.getSolveStep_Grid(), "x=:0.5:11, t=0.25::3"));
        assertTrue(!solve.getGrid().get(0).isSetFrom() && solve.getGrid().get(0).isSetTo());
        OptimizeStep numberFirst = f.createOptimizeStep();
        assertEquals("0.6<=mean(u); maxAbs(u)<=2.0; mean(v)", roundTrip(numberFirst,
                P.getOptimizeStep_Constraints(), "0.6<=mean(u); 2>=maxAbs(u); mean(v)"));
        assertTrue(numberFirst.getConstraints().get(0).isSetLower() && !numberFirst.getConstraints().get(0).isSetUpper());
    }

    @Test
    void badTextSaysWhatIsWrongAndWhatIsExpected() {
        assertEquals("'Re' is not NAME=VALUE", assertThrows(IllegalArgumentException.class,
                () -> StepTexts.parse(P.getSolveStep_Values(), "Re", NAMES)).getMessage());
        assertEquals("'abc' in 'Re=abc' is not a finite number", assertThrows(IllegalArgumentException.class,
                () -> StepTexts.parse(P.getSolveStep_Values(), "Re=abc", NAMES)).getMessage());
        assertEquals("'x=1:2' is not COORDINATE=FROM:TO:COUNT or COORDINATE=COUNT", assertThrows(
                IllegalArgumentException.class, () -> StepTexts.parse(P.getSolveStep_Grid(), "x=1:2", NAMES))
                .getMessage());
        assertEquals("quantity 'maxAbs(w)': unknown field 'w'; fields: [u, v]", assertThrows(
                IllegalArgumentException.class, () -> StepTexts.parse(P.getSweepStep_Quantities(), "maxAbs(w)",
                        NAMES)).getMessage());
        assertEquals("give one quantity, not 2", assertThrows(IllegalArgumentException.class,
                () -> StepTexts.parse(P.getOptimizeStep_Objective(), "maxAbs(u); mean(u)", NAMES)).getMessage());
        assertEquals("'u(x=1 t=0)=2' is not Q>=LOWER, Q<=UPPER or LOWER<=Q<=UPPER", assertThrows(
                IllegalArgumentException.class, () -> StepTexts.parse(P.getOptimizeStep_Constraints(),
                        "u(x=1 t=0)=2", NAMES)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StepTexts.parse(P.getSweepStep_Quantities(),
                "maxAbs(u)", StepTexts.Names.NONE)).getMessage().startsWith("choose a study that can be read first"));
    }
}
