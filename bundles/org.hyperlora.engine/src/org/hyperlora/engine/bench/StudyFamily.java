package org.hyperlora.engine.bench;

import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ConvectionReference;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;

/**
 * A parameterized PDE family of the study, with the paper's setups: the problem (point counts from the
 * profile), the parameter range, the exact solution and the fields compared after a mean shift.
 */
public record StudyFamily(String name, String title, PinnProblem problem, ParameterRange range,
        ReferenceSolution reference, List<String> meanShiftedFields) {

    public static List<String> names() {
        return List.of("kovasznay", "burgers", "convection");
    }

    public static StudyFamily named(String name, StudyProfile profile) {
        switch (name) {
        case "kovasznay": {
            SymbolTable symbols = SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re")
                    .build();
            Domain domain = Domain.builder().coordinate("x", -0.5, 1).coordinate("y", -0.5, 1.5).build();
            String lambda = "(Re/2 - sqrt(Re^2/4 + 4*pi^2))";
            PinnProblem problem = PinnProblem.builder(symbols, domain)
                    .equation("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re")
                    .equation("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re").equation("u_x + v_y")
                    .dirichlet("u", "boundary", "1 - exp(" + lambda + "*x)*cos(2*pi*y)")
                    .dirichlet("v", "boundary", lambda + "/(2*pi)*exp(" + lambda + "*x)*sin(2*pi*y)")
                    .collocation(profile.collocation(), SamplerKind.SOBOL).boundaryPoints(profile.boundaryPoints())
                    .seed(2).build();
            return new StudyFamily(name, "Kovasznay flow, Re in [20, 100]", problem,
                    ParameterRange.of("Re", 20, 100, false), new KovasznayReference(), List.of("p"));
        }
        case "burgers": {
            SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
            Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
            PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx")
                    .initial("u", "-sin(pi*x)").dirichlet("u", "left", "0").dirichlet("u", "right", "0")
                    .collocation(profile.collocation(), SamplerKind.SOBOL).boundaryPoints(profile.boundaryPoints())
                    .seed(1).build();
            return new StudyFamily(name, "Burgers, nu in [0.01/pi, 0.1/pi] (log scale)", problem,
                    ParameterRange.of("nu", 0.01 / Math.PI, 0.1 / Math.PI, true), new BurgersReference(), List.of());
        }
        case "convection": {
            SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("beta").build();
            Domain domain = Domain.builder().coordinate("x", 0, 2 * Math.PI).time("t", 0, 1).build();
            PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + beta*u_x")
                    .initial("u", "sin(x)").periodic("u", "x", false)
                    .collocation(profile.collocation(), SamplerKind.SOBOL).boundaryPoints(profile.boundaryPoints())
                    .seed(4).build();
            return new StudyFamily(name, "Periodic convection, beta in [1, 20]", problem,
                    ParameterRange.of("beta", 1, 20, false), new ConvectionReference(), List.of());
        }
        default:
            throw new IllegalArgumentException("unknown study family '" + name + "'; known: " + names());
        }
    }
}
