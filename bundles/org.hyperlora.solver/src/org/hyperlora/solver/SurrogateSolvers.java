package org.hyperlora.solver;

import static org.hyperlora.contributions.LazyContributions.reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.hyperlora.contributions.LazyContributions;

/**
 * The registry of {@code org.hyperlora.solver.surrogateSolvers} contributions. Declarations are read on first use
 * (and again after the extension registry changes); a provider class is created only when a study asks for it.
 * A contribution that cannot be created is logged once, naming its id and contributing bundle, and skipped: the
 * others keep working.
 */
public final class SurrogateSolvers implements SurrogateSolverService {

    public static final String EXTENSION_POINT = "org.hyperlora.solver.surrogateSolvers";

    private static SurrogateSolvers shared;

    private final LazyContributions<SolverContribution, SurrogateSolverProvider> contributions;

    SurrogateSolvers(IExtensionRegistry extensionRegistry, ILog log) {
        contributions = new LazyContributions<>(extensionRegistry, EXTENSION_POINT, "solver", "surrogate solver",
                SurrogateSolverProvider.class, SurrogateSolvers::read,
                Comparator.comparingInt((SolverContribution c) -> -c.priority()).thenComparing(SolverContribution::id),
                log);
    }

    /** The registry over the platform's extension registry (one per runtime). */
    public static synchronized SurrogateSolvers registry() {
        if (shared == null) {
            shared = new SurrogateSolvers(LazyContributions.platformRegistry("surrogate solvers"),
                    LazyContributions.logOf(SurrogateSolvers.class));
        }
        return shared;
    }

    /** Stops listening to the extension registry (the shared registry lives as long as the runtime). */
    public void dispose() {
        contributions.dispose();
    }

    private static SolverContribution read(LazyContributions.Declaration element, List<SolverContribution> earlier,
            LazyContributions<SolverContribution, ?> registry) {
        String name = element.attribute("name");
        if (name == null) {
            registry.log(IStatus.WARNING, registry.about(element) + " has no name; its id is shown instead", null);
        }
        int priority = 0;
        String priorityText = element.attribute("priority");
        if (priorityText != null) {
            try {
                priority = Integer.parseInt(priorityText);
            } catch (NumberFormatException e) {
                registry.log(IStatus.WARNING, registry.about(element) + " has priority '" + priorityText
                        + "', not an integer; using 0", null);
            }
        }
        String familiesText = element.attribute("families");
        List<String> families = familiesText == null ? List.of("*")
                : Arrays.stream(familiesText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new SolverContribution(element.id(), name == null ? element.id() : name, element.className(), families,
                priority, element.contributor());
    }

    /** Whether a contribution was found broken (its class could not be created). */
    public boolean isBroken(String id) {
        return contributions.isBroken(id);
    }

    /** Whether a contribution's provider has been created (the registry creates providers only on use). */
    public boolean isCreated(String id) {
        return contributions.isCreated(id);
    }

    @Override
    public List<SolverContribution> contributions() {
        return contributions.declarations();
    }

    @Override
    public Optional<SolverContribution> contribution(String id) {
        return contributions.find(c -> c.id().equals(id));
    }

    @Override
    public List<Candidate> candidates(StudyContext study) {
        List<Candidate> candidates = new ArrayList<>();
        for (SolverContribution contribution : contributions.declarations()) {
            if (!contribution.serves(study)) {
                continue;
            }
            SurrogateSolverProvider provider = contributions.instance(contribution).orElse(null);
            if (provider == null) {
                continue;
            }
            Applicability applicability;
            try {
                applicability = provider.appliesTo(study);
            } catch (RuntimeException | LinkageError e) {
                contributions.log(IStatus.ERROR, "Surrogate solver '" + contribution.id()
                        + "' failed to say whether it applies to " + study.label() + ": " + reason(e), e);
                applicability = Applicability.no("its applicability check failed: " + reason(e));
            }
            candidates.add(new Candidate(contribution, applicability));
        }
        return candidates;
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        return openFor(study, null, monitor);
    }

    @Override
    public SurrogateSolver openFor(StudyContext study, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        List<Candidate> candidates = candidates(study);
        List<String> failures = new ArrayList<>();
        SurrogateSolver fallback = null;
        try {
            for (Candidate candidate : candidates) {
                if (!candidate.applicability().applicable()) {
                    continue;
                }
                SurrogateSolver solver;
                try {
                    solver = open(candidate.contribution(), study, monitor);
                } catch (SolverException e) {
                    // e.g. a damaged surrogate file: the next solver may still answer
                    failures.add(candidate.contribution().name() + ": " + e.getMessage());
                    continue;
                }
                boolean keep = false;
                try {
                    if (parameterValues == null || solver.validity(parameterValues).inside()) {
                        keep = true;
                        return solver;
                    }
                    if (fallback == null) {
                        fallback = solver;
                        keep = true;
                    }
                } finally {
                    if (!keep) {
                        solver.close();
                    }
                }
            }
            if (fallback != null) {
                SurrogateSolver chosen = fallback;
                fallback = null;
                return chosen; // nothing is valid there: the best one, whose solutions say they are outside
            }
        } finally {
            if (fallback != null) {
                fallback.close();
            }
        }
        SolverException none = noneApplies(study, candidates);
        if (failures.isEmpty()) {
            throw none;
        }
        throw new SolverException(none.getMessage() + "\n  failed to open: " + String.join("\n  failed to open: ", failures));
    }

    @Override
    public SurrogateSolver open(String id, StudyContext study, IProgressMonitor monitor) throws SolverException {
        SolverContribution contribution = contribution(id).orElseThrow(() -> new SolverException(
                "no surrogate solver has the id '" + id + "'; known: " + contributions().stream()
                        .map(SolverContribution::id).toList()));
        return open(contribution, study, monitor);
    }

    /** Opens an entry's solver; whatever a provider throws comes back as a SolverException naming it. */
    private SurrogateSolver open(SolverContribution contribution, StudyContext study, IProgressMonitor monitor)
            throws SolverException {
        if (contribution(contribution.id()).filter(contribution::equals).isEmpty()) {
            throw new SolverException("surrogate solver '" + contribution.id() + "' from bundle "
                    + contribution.contributor() + " is no longer installed");
        }
        SurrogateSolverProvider provider = contributions.instance(contribution).orElse(null);
        if (provider == null) {
            throw new SolverException("surrogate solver '" + contribution.id() + "' from bundle "
                    + contribution.contributor() + " is broken (see the error log) and cannot solve " + study.label());
        }
        try {
            Applicability applicability = provider.appliesTo(study);
            if (!applicability.applicable()) {
                throw new SolverException(contribution.name() + " cannot solve " + study.label() + ": "
                        + applicability.reason());
            }
            SurrogateSolver solver = provider.open(study, monitor);
            if (solver == null) {
                throw new SolverException(contribution.name() + " (bundle " + contribution.contributor()
                        + ") returned no solver for " + study.label());
            }
            return solver;
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof org.eclipse.core.runtime.OperationCanceledException cancelled) {
                throw cancelled;
            }
            contributions.log(IStatus.ERROR, "Surrogate solver '" + contribution.id() + "' from bundle "
                    + contribution.contributor() + " failed to open " + study.label() + ": " + reason(e), e);
            throw new SolverException(contribution.name() + " (bundle " + contribution.contributor()
                    + ") failed to open " + study.label() + ": " + reason(e), e);
        }
    }

    private static SolverException noneApplies(StudyContext study, List<Candidate> candidates) {
        StringBuilder reasons = new StringBuilder();
        for (Candidate candidate : candidates) {
            reasons.append("\n  ").append(candidate.contribution().name()).append(": ")
                    .append(candidate.applicability().reason());
        }
        return new SolverException("no surrogate solver can solve " + study.label()
                + (candidates.isEmpty() ? " (no contribution serves its family)" : ":" + reasons));
    }
}
