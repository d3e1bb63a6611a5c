package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.hyperlora.solver.SolverContribution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The registry is also an OSGi service (declarative services). */
class SolverServiceTest {

    @Test
    void theServiceOffersTheSameSolversAsTheRegistry() throws Exception {
        var context = FrameworkUtil.getBundle(SolverServiceTest.class).getBundleContext();
        ServiceTracker<SurrogateSolverService, SurrogateSolverService> tracker =
                new ServiceTracker<>(context, SurrogateSolverService.class, null);
        tracker.open();
        try {
            SurrogateSolvers.registry(); // loads a class of the lazily activated solver bundle: SCR then starts its component
            SurrogateSolverService service = tracker.waitForService(10_000);
            assertNotNull(service, "no SurrogateSolverService registered (is Felix SCR running?)");
            List<String> expected = SurrogateSolvers.registry().contributions().stream().map(SolverContribution::id).toList();
            assertEquals(expected, service.contributions().stream().map(SolverContribution::id).toList());
            StudyContext study = StudyContext.load(Studies.example("convection"));
            try (SurrogateSolver solver = service.open(study, null)) {
                assertEquals(Math.sin(2.0 - 4 * 0.5), solver.solve(new double[] {4}, new double[] {2, 0.5}, null)
                        .field("u")[0], 1e-12);
            }
        } finally {
            tracker.close();
        }
    }
}
