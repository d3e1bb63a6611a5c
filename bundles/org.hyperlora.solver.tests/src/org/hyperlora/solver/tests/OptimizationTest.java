package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.Optimization;
import org.hyperlora.solver.Optimization.Bound;
import org.hyperlora.solver.Optimization.Goal;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.solver.Uncertainty;
import org.junit.jupiter.api.Test;

/** Design and derived quantities on closed forms: optima with and without bounds, quantiles of a probe. */
class OptimizationTest {

    private static final SearchRange AB = new SearchRange(List.of("a", "b"), new double[] { 0.1, 0.1 },
            new double[] { 2, 2 }, new boolean[] { false, true });

    @Test
    void anInteriorMinimumOfTwoParametersOneOnALogScale() throws Exception {
        // (a - 0.3)^2 + 10 (b - a^2 - 0.5)^2: minimum 0 at a = 0.3, b = 0.59
        Optimization.Result result = new Optimization(
                v -> new double[] { Math.pow(v[0] - 0.3, 2) + 10 * Math.pow(v[1] - v[0] * v[0] - 0.5, 2) }, AB,
                Goal.MINIMIZE, List.of()).run(4, new NullProgressMonitor());
        assertEquals(0.3, result.values()[0], 1e-5);
        assertEquals(0.59, result.values()[1], 1e-5);
        assertTrue(result.feasible());
        assertEquals(List.of(), result.warnings());
        assertTrue(result.solves() < 3000, "solves " + result.solves());
        // the history's best only improves
        for (int k = 1; k < result.history().size(); k++) {
            if (result.history().get(k).start() == result.history().get(k - 1).start()) {
                assertTrue(result.history().get(k).quantities()[0] <= result.history().get(k - 1).quantities()[0]);
            }
        }
    }

    @Test
    void anActiveBoundIsMetExactly() throws Exception {
        // minimise a + b subject to a b >= 0.25: a = b = 0.5
        Optimization.Result result = new Optimization(v -> new double[] { v[0] + v[1], v[0] * v[1] }, AB,
                Goal.MINIMIZE, List.of(new Bound("ab", 0.25, Double.NaN))).run(4, new NullProgressMonitor());
        assertTrue(result.feasible());
        assertTrue(result.quantities()[1] >= 0.25, "bound met: " + result.quantities()[1]);
        assertEquals(1.0, result.quantities()[0], 1e-4);
        assertEquals(0.5, result.values()[0], 0.02);
    }

    @Test
    void aMonotoneObjectiveEndsOnTheEdgeWithAWarningAndImpossibleBoundsSaySo() throws Exception {
        Optimization.Result edge = new Optimization(v -> new double[] { v[0] + v[1] }, AB, Goal.MAXIMIZE, List.of())
                .run(2, new NullProgressMonitor());
        assertEquals(2, edge.values()[0], 1e-6);
        assertEquals(2, edge.values()[1], 1e-6);
        assertEquals(2, edge.warnings().size(), edge.warnings().toString());
        assertTrue(edge.warnings().get(0).startsWith("a = 2.00000 is on the edge of the trained range [0.100000,"
                + " 2.00000]"), edge.warnings().get(0));
        Optimization.Result impossible = new Optimization(v -> new double[] { v[0], v[0] * v[1] }, AB,
                Goal.MINIMIZE, List.of(new Bound("ab", 5, Double.NaN))).run(2, new NullProgressMonitor());
        assertFalse(impossible.feasible());
        assertTrue(impossible.warnings().get(0).startsWith("no point found meets every bound (5.0 <= ab); the least"
                + " violation is 1"), impossible.warnings().get(0));
        assertThrows(IllegalArgumentException.class, () -> new Bound("q", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bound("q", Double.NaN, Double.NaN));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new Optimization(v -> new double[] { v[0] }, AB,
                Goal.MINIMIZE, List.of()).run(1, cancelled));
    }

    /**
     * Convection u = sin(x - beta t), beta in [1, 20]: u(x=2, t=0.1) = sin(2 - beta/10) is largest (1) at
     * beta = 20 - 5 pi; with u(x=1, t=0.1) >= 0.6 (beta <= 10 (1 - asin 0.6)) the bound is active.
     */
    @Test
    void theOptimumOfAProbeOnTheConvectionFamilyIsTheClosedForm() throws Exception {
        StudyContext study = StudyContext.load(Studies.example("convection"));
        List<String> coordinates = List.of("x", "t");
        List<String> fields = List.of("u");
        DerivedQuantity objective = DerivedQuantity.parse("u(x=2 t=0.1)", coordinates, fields);
        DerivedQuantity bounded = DerivedQuantity.parse("u(t=0.1, x=1)", coordinates, fields);
        QuantityEvaluator evaluator = new QuantityEvaluator(study.engineStudy().problem(),
                PointTables.grid("x=0:6.283185307179586:9,t=0:1:5", coordinates), List.of(objective, bounded));
        SearchRange beta = SearchRange.of(study.study().getFamily().getParameters());
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            Optimization.Model model = evaluator.model(solver, new double[1], new int[] { 0 },
                    new NullProgressMonitor());
            Optimization.Result free = new Optimization(model, beta, Goal.MAXIMIZE, List.of()).run(4,
                    new NullProgressMonitor());
            assertEquals(20 - 5 * Math.PI, free.values()[0], 1e-4);
            assertEquals(1, free.quantities()[0], 1e-10);
            Optimization.Result bound = new Optimization(model, beta, Goal.MAXIMIZE,
                    List.of(new Bound(bounded.label(coordinates), 0.6, Double.NaN))).run(4, new NullProgressMonitor());
            assertEquals(10 * (1 - Math.asin(0.6)), bound.values()[0], 1e-4);
            assertTrue(bound.quantities()[1] >= 0.6);
            assertEquals(List.of(), bound.warnings());
        }
    }

    /** beta uniform on [1, 20]: u(x=1.5, t=0.05) = sin(1.5 - beta/20) falls with beta, so its quantiles are beta's. */
    @Test
    void theQuantilesOfAProbeUnderAnUncertainParameterAreTheClosedForm() throws Exception {
        StudyContext study = StudyContext.load(Studies.example("convection"));
        List<String> coordinates = List.of("x", "t");
        DerivedQuantity probe = DerivedQuantity.parse("u(x=1.5 t=0.05)", coordinates, List.of("u"));
        QuantityEvaluator evaluator = new QuantityEvaluator(study.engineStudy().problem(),
                PointTables.grid("x=0:6.283185307179586:5,t=0:1:3", coordinates),
                List.of(probe, DerivedQuantity.over(DerivedQuantity.Kind.MAX_ABS, "u")));
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            Uncertainty.Statistics statistics = Uncertainty.propagate(solver, evaluator,
                    List.of(Uncertainty.Truncated.of("beta", Uncertainty.Distribution.parse("beta", "uniform:1:20"),
                            1, 20)), 4096, new NullProgressMonitor());
            Uncertainty.QuantityStatistics u = statistics.quantities().get(0);
            assertEquals(20.0 / 19 * (Math.cos(0.5) - Math.cos(1.45)), u.mean(), 1e-4);
            double[] levels = Uncertainty.QUANTILE_LEVELS;
            for (int k = 0; k < levels.length; k++) {
                double betaAtLevel = 1 + 19 * (1 - levels[k]);
                assertEquals(Math.sin(1.5 - betaAtLevel / 20), u.quantiles()[k], 1e-3, "level " + levels[k]);
            }
            assertEquals(0, u.missing());
            assertEquals(15, statistics.mean()[0].length);
        }
    }

    @Test
    void quantitiesReadWhatTheyWriteAndSayWhatIsWrong() {
        List<String> coordinates = List.of("x", "t");
        List<String> fields = List.of("u", "v");
        DerivedQuantity probe = DerivedQuantity.parse(" v( t=0.5,x=1 ) ", coordinates, fields);
        assertEquals("v(x=1.0 t=0.5)", probe.label(coordinates));
        assertEquals(probe, DerivedQuantity.parse(probe.label(coordinates), coordinates, fields));
        assertEquals("maxAbs(u)", DerivedQuantity.parse("maxAbs(u)", coordinates, fields).label(coordinates));
        assertEquals("quantity 'maxAbs(w)': unknown field 'w'; fields: [u, v]", assertThrows(
                IllegalArgumentException.class, () -> DerivedQuantity.parse("maxAbs(w)", coordinates, fields))
                .getMessage());
        assertEquals("quantity 'median(u)': unknown kind 'median'; kinds: maxAbs, mean, min, max, or FIELD(x=.. t=..)"
                + " for a probe", assertThrows(IllegalArgumentException.class,
                        () -> DerivedQuantity.parse("median(u)", coordinates, fields)).getMessage());
        assertEquals("quantity 'u(x=1)': the probe gives no t; a probe names every coordinate [x, t]", assertThrows(
                IllegalArgumentException.class, () -> DerivedQuantity.parse("u(x=1)", coordinates, fields))
                .getMessage());
        assertEquals("quantity 'u(x=1 x=2 t=0)': coordinate x is given twice", assertThrows(
                IllegalArgumentException.class, () -> DerivedQuantity.parse("u(x=1 x=2 t=0)", coordinates, fields))
                .getMessage());
        assertEquals("quantity 'u(x=a t=0)': x = 'a' is not a number", assertThrows(IllegalArgumentException.class,
                () -> DerivedQuantity.parse("u(x=a t=0)", coordinates, fields)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivedQuantity.parse("u", coordinates, fields))
                .getMessage().startsWith("quantity 'u' is not KIND(FIELD)"));
    }
}
