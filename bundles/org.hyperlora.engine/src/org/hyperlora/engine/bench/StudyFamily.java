package org.hyperlora.engine.bench;

import java.util.List;

import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ConvectionReference;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.reference.ReferenceSolution;
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
        case "kovasznay":
            return new StudyFamily(name, "Kovasznay flow, Re in [20, 100]",
                    ReferenceProblems.kovasznay(profile.collocation(), profile.boundaryPoints()),
                    ParameterRange.of("Re", 20, 100, false), new KovasznayReference(), List.of("p"));
        case "burgers":
            return new StudyFamily(name, "Burgers, nu in [0.01/pi, 0.1/pi] (log scale)",
                    ReferenceProblems.burgers(profile.collocation(), profile.boundaryPoints()),
                    ParameterRange.of("nu", 0.01 / Math.PI, 0.1 / Math.PI, true), new BurgersReference(), List.of());
        case "convection":
            return new StudyFamily(name, "Periodic convection, beta in [1, 20]",
                    ReferenceProblems.convection(profile.collocation(), profile.boundaryPoints()),
                    ParameterRange.of("beta", 1, 20, false), new ConvectionReference(), List.of());
        default:
            throw new IllegalArgumentException("unknown study family '" + name + "'; known: " + names());
        }
    }
}
