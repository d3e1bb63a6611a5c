package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.hyperlora.model.Study;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.SolverContribution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry against the real extension registry, with this bundle's deliberately broken contributions. Ordered:
 * the first test checks that nothing was created yet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolverRegistryTest {

    private static final String TESTS = "org.hyperlora.solver.tests";

    private final SurrogateSolvers registry = SurrogateSolvers.registry();

    @Test
    @Order(1)
    void listsTheBuiltInAndContributedSolversByPriorityWithoutCreatingThem() {
        List<SolverContribution> contributions = registry.contributions();
        List<String> ids = contributions.stream().map(SolverContribution::id).toList();
        assertEquals(List.of(BuiltinSolvers.HYPERLORA, BuiltinSolvers.PARAMETRIC_PINN, TESTS + ".missingClass",
                TESTS + ".throwingConstructor",
                TESTS + ".notAProvider", TESTS + ".counting", BuiltinSolvers.EXACT,
                BuiltinSolvers.RETRAIN), ids);
        SolverContribution exact = registry.contribution(BuiltinSolvers.EXACT).orElseThrow();
        assertEquals("org.hyperlora.solver", exact.contributor());
        assertEquals(50, exact.priority());
        assertEquals(List.of("reference=burgers", "reference=kovasznay", "reference=convection", "reference=cylinder",
                "reference=pipewall", "reference=sphere"), exact.families());
        assertEquals(TESTS, registry.contribution(TESTS + ".counting").orElseThrow().contributor());
        assertEquals(0, CountingProvider.CONSTRUCTED.get(), "listing must not create providers");
        assertFalse(registry.isCreated(TESTS + ".counting"));
    }

    @Test
    @Order(2)
    void createsAProviderOnlyForAStudyOfItsFamilyAndOnlyOnce(@TempDir Path folder) throws Exception {
        StudyContext kovasznay = StudyContext.load(Studies.example("kovasznay"));
        registry.candidates(kovasznay);
        assertFalse(registry.isCreated(TESTS + ".counting"), "a Kovasznay study must not create the Counting provider");

        StudyContext counting = renamedFamily("Counting", folder);
        List<SurrogateSolverService.Candidate> candidates = registry.candidates(counting);
        assertTrue(candidates.stream().anyMatch(c -> c.contribution().id().equals(TESTS + ".counting")
                && c.applicability().applicable()), candidates.toString());
        registry.candidates(counting);
        assertEquals(1, CountingProvider.CONSTRUCTED.get());
        try (SurrogateSolver solver = registry.open(counting, null)) {
            FieldSolution solution = solver.solve(new double[] {2}, new double[] {0.25, 0.5, 1, 1}, null);
            assertEquals(1.5, solution.field("u")[0], 1e-15);
            assertEquals(4.0, solution.field("u")[1], 1e-15);
        }
    }

    @Test
    void logsBrokenContributionsWithTheirContributorAndSkipsThem(@TempDir Path folder) throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            StudyContext broken = renamedFamily("Broken", folder);
            List<String> candidates = registry.candidates(broken).stream().map(c -> c.contribution().id()).toList();
            assertEquals(List.of(BuiltinSolvers.HYPERLORA, BuiltinSolvers.PARAMETRIC_PINN, TESTS + ".counting",
                    BuiltinSolvers.EXACT,
                    BuiltinSolvers.RETRAIN), candidates, "the broken ones are skipped, the others kept");
            for (String id : List.of("missingClass", "throwingConstructor", "notAProvider")) {
                assertTrue(registry.isBroken(TESTS + "." + id), id);
                List<IStatus> about = logged.stream().filter(s -> s.getMessage().contains("'" + TESTS + "." + id + "'"))
                        .toList();
                assertEquals(1, about.size(), id + " logged once: " + logged);
                assertEquals(IStatus.ERROR, about.get(0).getSeverity());
                assertTrue(about.get(0).getMessage().contains("contributed by bundle " + TESTS), about.get(0).getMessage());
            }
            assertTrue(messageOf(logged, "throwingConstructor").contains("deliberately broken constructor"));
            assertTrue(messageOf(logged, "missingClass").contains("NoSuchProvider"));
            assertTrue(messageOf(logged, "notAProvider").contains("does not implement"));

            registry.candidates(broken);
            assertEquals(3, logged.stream().filter(s -> s.getMessage().contains(TESTS + ".")).count(),
                    "a broken contribution is logged once, not on every use");
            SolverException refused = assertThrows(SolverException.class,
                    () -> registry.open(TESTS + ".throwingConstructor", broken, null));
            assertTrue(refused.getMessage().contains("is broken"), refused.getMessage());
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    @Test
    void picksTheBestApplicableSolverAndExplainsWhenNoneApplies(@TempDir Path folder) throws Exception {
        StudyContext kovasznay = StudyContext.load(Studies.example("kovasznay"));
        List<SurrogateSolverService.Candidate> candidates = registry.candidates(kovasznay);
        SurrogateSolverService.Candidate hyperlora = candidates.get(0);
        assertEquals(BuiltinSolvers.HYPERLORA, hyperlora.contribution().id());
        assertFalse(hyperlora.applicability().applicable());
        assertTrue(hyperlora.applicability().reason().contains("train the study first"),
                hyperlora.applicability().reason());
        try (SurrogateSolver solver = registry.open(kovasznay, null)) {
            assertEquals(BuiltinSolvers.EXACT, solver.id(), "no surrogate yet: the exact reference is next");
        }

        Study invalid = Studies.load(Studies.copy("convection", folder));
        invalid.getFamily().setReference(null);
        invalid.getFamily().getParameters().get(0).setLower(30); // inverted range: the study cannot be mapped
        SolverException none = assertThrows(SolverException.class,
                () -> registry.open(new StudyContext(invalid, null), null));
        assertTrue(none.getMessage().contains("no surrogate solver can solve study 'convection'"), none.getMessage());
        assertTrue(none.getMessage().contains("HyperLoRA surrogate: it has no trained surrogate"), none.getMessage());
        assertTrue(none.getMessage().contains("PINN retrained from scratch: study 'convection' has errors:"),
                none.getMessage());
        assertTrue(none.getMessage().contains("inverted"), none.getMessage());

        SolverException unknown = assertThrows(SolverException.class,
                () -> registry.open("org.example.nothing", kovasznay, null));
        assertTrue(unknown.getMessage().contains(BuiltinSolvers.EXACT), "lists the known ids: " + unknown.getMessage());
    }

    private static String messageOf(List<IStatus> logged, String id) {
        return logged.stream().filter(s -> s.getMessage().contains(TESTS + "." + id)).findFirst().orElseThrow()
                .getMessage();
    }

    /** The Burgers example with another family name (the test contributions serve families by name). */
    private static StudyContext renamedFamily(String family, Path folder) throws Exception {
        Path file = Studies.copy("burgers", folder);
        Study study = Studies.load(file);
        study.getFamily().setName(family);
        return new StudyContext(study, file);
    }
}
