package org.hyperlora.engine.bench;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;

/**
 * The PDE families with exact solutions that the accuracy benchmark and the HyperLoRA study train on,
 * defined once; point counts vary with the run, the seeds do not.
 */
public final class ReferenceProblems {

    private ReferenceProblems() {
    }

    /** u_t + u u_x = ν u_xx on [-1, 1] × [0, 1], u(x, 0) = -sin(πx), u(±1, t) = 0; parameter nu. */
    public static PinnProblem burgers(int collocation, int boundaryPoints) {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        return PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx").initial("u", "-sin(pi*x)")
                .dirichlet("u", "left", "0").dirichlet("u", "right", "0").collocation(collocation, SamplerKind.SOBOL)
                .boundaryPoints(boundaryPoints).seed(1).build();
    }

    /**
     * Steady Navier–Stokes on [-0.5, 1] × [-0.5, 1.5] with Kovasznay's exact u, v on the boundary; parameter Re.
     * The pressure is determined up to a constant: compare it after subtracting means.
     */
    public static PinnProblem kovasznay(int collocation, int boundaryPoints) {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();
        Domain domain = Domain.builder().coordinate("x", -0.5, 1).coordinate("y", -0.5, 1.5).build();
        String lambda = "(Re/2 - sqrt(Re^2/4 + 4*pi^2))";
        return PinnProblem.builder(symbols, domain).equation("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re")
                .equation("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re").equation("u_x + v_y")
                .dirichlet("u", "boundary", "1 - exp(" + lambda + "*x)*cos(2*pi*y)")
                .dirichlet("v", "boundary", lambda + "/(2*pi)*exp(" + lambda + "*x)*sin(2*pi*y)")
                .collocation(collocation, SamplerKind.SOBOL).boundaryPoints(boundaryPoints).seed(2).build();
    }

    /** u_t + β u_x = 0 on [0, 2π] × [0, 1], u(x, 0) = sin x, periodic in x; parameter beta. */
    public static PinnProblem convection(int collocation, int boundaryPoints) {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("beta").build();
        Domain domain = Domain.builder().coordinate("x", 0, 2 * Math.PI).time("t", 0, 1).build();
        return PinnProblem.builder(symbols, domain).equation("u_t + beta*u_x").initial("u", "sin(x)")
                .periodic("u", "x", false).collocation(collocation, SamplerKind.SOBOL).boundaryPoints(boundaryPoints)
                .seed(4).build();
    }
}
