package org.hyperlora.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.util.HyperloraValidator;
import org.hyperlora.model.validation.ExpressionPosition;
import org.hyperlora.model.validation.StudyProblem;

/** The example studies and assertions on their validation, shared by the tests. */
public final class Studies {

    private Studies() {
    }

    /**
     * The repository's {@code examples/} folder, found by walking up from the working directory: that is the
     * repository root outside OSGi and the test bundle's folder under Tycho.
     */
    public static Path examplesDirectory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("burgers.hyperlora"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no examples/burgers.hyperlora in " + start + " or above");
    }

    /** The file of an example study: burgers, kovasznay or convection. */
    public static Path example(String name) {
        return examplesDirectory().resolve(name + "." + StudyFiles.EXTENSION);
    }

    /** A freshly loaded example study, which the caller may change. */
    public static Study load(String name) {
        try {
            return StudyFiles.load(example(name));
        } catch (StudyFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The leaf diagnostics of a validation run, errors first. */
    public static List<Diagnostic> problems(Study study) {
        return StudyFiles.problems(StudyFiles.validate(study));
    }

    /** The diagnostics of one kind (this model's source and code). */
    public static List<Diagnostic> problems(Study study, StudyProblem problem) {
        return problems(study).stream().filter(d -> isOf(d, problem)).toList();
    }

    private static boolean isOf(Diagnostic diagnostic, StudyProblem problem) {
        return HyperloraValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                && diagnostic.getCode() == problem.code();
    }

    /**
     * Validates the study and asserts that it has exactly one diagnostic of that kind about that object (the
     * first datum), with the problem's severity, the model's diagnostic source and a message that contains every
     * fragment.
     */
    public static Diagnostic assertProblem(Study study, StudyProblem problem, EObject object, String... fragments) {
        List<Diagnostic> all = problems(study);
        List<Diagnostic> matching = all.stream()
                .filter(d -> isOf(d, problem) && !d.getData().isEmpty() && d.getData().get(0) == object).toList();
        if (matching.size() != 1) {
            fail("expected one " + problem + " (code " + problem.code() + ") on " + object + ", got "
                    + matching.size() + " in:\n" + describe(all));
        }
        Diagnostic diagnostic = matching.get(0);
        assertEquals(problem.severity(), diagnostic.getSeverity(), "severity of " + diagnostic.getMessage());
        assertEquals(HyperloraValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
        assertEquals(problem, StudyProblem.ofCode(diagnostic.getCode()));
        assertSame(object, diagnostic.getData().get(0), "offending object of " + diagnostic.getMessage());
        assertSame(object, StudyFiles.objectOf(diagnostic));
        for (String fragment : fragments) {
            assertTrue(diagnostic.getMessage().contains(fragment),
                    "message '" + diagnostic.getMessage() + "' should contain '" + fragment + "'");
        }
        return diagnostic;
    }

    /** Asserts that the validation reports exactly these kinds of problem (each at least once), and nothing else. */
    public static void assertOnlyProblems(Study study, StudyProblem... expected) {
        List<Diagnostic> all = problems(study);
        Set<String> actual = new TreeSet<>();
        for (Diagnostic diagnostic : all) {
            StudyProblem problem = HyperloraValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                    ? StudyProblem.ofCode(diagnostic.getCode()) : null;
            actual.add(problem == null ? diagnostic.getSource() + ":" + diagnostic.getCode() : problem.name());
        }
        Set<String> wanted = Arrays.stream(expected).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(wanted, actual, () -> describe(all));
    }

    /** The validation's overall severity. */
    public static int severity(Study study) {
        return StudyFiles.validate(study).getSeverity();
    }

    /** The expression position a diagnostic carries in its data. */
    public static ExpressionPosition position(Diagnostic diagnostic) {
        List<ExpressionPosition> positions = new ArrayList<>();
        for (Object datum : diagnostic.getData()) {
            if (datum instanceof ExpressionPosition position) {
                positions.add(position);
            }
        }
        assertEquals(1, positions.size(), () -> "one expression position in " + diagnostic.getData());
        return positions.get(0);
    }

    /** The family's first condition of that kind on that boundary part (null boundary: any). */
    public static Condition condition(Study study, ConditionKind kind, String boundary) {
        for (Condition condition : study.getFamily().getConditions()) {
            if (condition.getKind() == kind && (boundary == null || boundary.equals(condition.getBoundary()))) {
                return condition;
            }
        }
        throw new AssertionError("no " + kind + " condition at " + boundary);
    }

    /** The family's field of that name. */
    public static Field field(Study study, String name) {
        return study.getFamily().getFields().stream().filter(f -> name.equals(f.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    /** Adds a condition to the study's family and returns it. */
    public static Condition addCondition(Study study, ConditionKind kind, String field, String boundary,
            String expression) {
        PdeFamily family = study.getFamily();
        Condition condition = HyperloraFactory.eINSTANCE.createCondition();
        condition.setKind(kind);
        condition.setField(field(study, field));
        condition.setBoundary(boundary);
        condition.setExpression(expression);
        family.getConditions().add(condition);
        return condition;
    }

    /** One line per diagnostic, for failure messages. */
    public static String describe(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            text.append(StudyFiles.severityName(diagnostic.getSeverity())).append(' ').append(diagnostic.getSource())
                    .append(':').append(diagnostic.getCode()).append(' ').append(diagnostic.getMessage()).append('\n');
        }
        return text.length() == 0 ? "(no diagnostics)" : text.toString();
    }
}
