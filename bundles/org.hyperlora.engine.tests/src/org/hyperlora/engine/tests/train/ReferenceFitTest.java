package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.ReferenceFit;
import org.junit.jupiter.api.Test;

/**
 * A built-in reference is checked against the problem as written: exact ones stay far below the tolerance, an edit
 * to an equation or a condition shows up far above it, in the term that changed.
 */
class ReferenceFitTest {

    private static final SymbolTable BURGERS = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu")
            .build();
    private static final Domain BURGERS_DOMAIN = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
    private static final double[][] NU = { { 0.01 / Math.PI }, { 0.1 / Math.PI } };

    private static PinnProblem burgers(String residual, String initial) {
        return PinnProblem.builder(BURGERS, BURGERS_DOMAIN).equation(residual).initial("u", initial)
                .dirichlet("u", "left", "0").dirichlet("u", "right", "0").collocation(1200, SamplerKind.SOBOL)
                .boundaryPoints(150).seed(1)
                .build();
    }

    @Test
    void theExactBurgersSolutionFitsItsProblemToDifferenceAccuracy() {
        PinnProblem problem = burgers("u_t + u*u_x - nu*u_xx", "-sin(pi*x)");
        for (double[] nu : NU) {
            List<ReferenceFit.Mismatch> terms = ReferenceFit.check(problem, new BurgersReference(), nu);
            assertEquals(4, terms.size(), "the PDE, the initial and the two boundary conditions: " + terms);
            for (ReferenceFit.Mismatch term : terms) {
                System.out.printf("burgers nu=%.5f %s: relative residual %.2e%n", nu[0], term.term(), term.relative());
                assertTrue(term.relative() < ReferenceFit.TOLERANCE / 5, term.term() + " " + term.relative());
            }
        }
        assertEquals(Optional.empty(), ReferenceFit.worst(problem, new BurgersReference(), NU));
    }

    @Test
    void aHalvedInitialConditionOrADoubledViscosityIsFoundInItsTerm() {
        ReferenceFit.Mismatch halved = ReferenceFit.worst(burgers("u_t + u*u_x - nu*u_xx", "-0.5*sin(pi*x)"),
                new BurgersReference(), NU).orElseThrow();
        assertTrue(halved.term().contains("initial"), halved.term());
        assertTrue(halved.relative() > 0.4, "half the initial value is wrong: " + halved.relative());
        assertEquals(0.0, halved.point()[1], "at t = 0");

        ReferenceFit.Mismatch viscosity = ReferenceFit.worst(burgers("u_t + u*u_x - 2*nu*u_xx", "-sin(pi*x)"),
                new BurgersReference(), NU).orElseThrow();
        assertTrue(viscosity.term().startsWith("pde"), viscosity.term());
        assertTrue(viscosity.relative() > 10 * ReferenceFit.TOLERANCE, "" + viscosity.relative());
    }

    @Test
    void kovasznayFitsAndTheNamesMustMatch() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();
        Domain domain = Domain.builder().coordinate("x", -0.5, 1).coordinate("y", -0.5, 1.5).build();
        String lambda = "(Re/2 - sqrt(Re^2/4 + 4*pi^2))";
        PinnProblem problem = PinnProblem.builder(symbols, domain)
                .equation("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re")
                .equation("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re")
                .equation("u_x + v_y")
                .dirichlet("u", "boundary", "1 - exp(" + lambda + "*x)*cos(2*pi*y)")
                .dirichlet("v", "boundary", lambda + "/(2*pi)*exp(" + lambda + "*x)*sin(2*pi*y)")
                .collocation(1200, SamplerKind.SOBOL).boundaryPoints(150).seed(1).build();
        assertEquals(Optional.empty(), ReferenceFit.worst(problem, new KovasznayReference(),
                new double[][] { { 20 }, { 60 }, { 100 } }));
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceFit.check(burgers("u_t", "0"), new KovasznayReference(), new double[] { 20 }));
    }
}
