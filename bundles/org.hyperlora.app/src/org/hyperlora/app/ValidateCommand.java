package org.hyperlora.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;

/** {@code hyperlora validate STUDY}: the study validator's problems, one per line with severity and code. */
final class ValidateCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora validate STUDY.hyperlora",
            "",
            "Reads the study and runs the validator: one line per problem, 'ERROR CODE message' or",
            "'WARNING CODE message' (codes: org.hyperlora.model.validation.StudyProblem).",
            "Exit code 0 when there is no error (warnings allowed), 2 when there are errors or the",
            "file cannot be read.");

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("validate", words, Set.of(), Set.of());
        Path file = StudyArguments.file("validate", arguments.positional(1, "STUDY").get(0));
        Study study = StudyArguments.load("validate", file);
        Diagnostic diagnostic = StudyFiles.validate(study);
        List<Diagnostic> problems = StudyFiles.problems(diagnostic);
        long errors = problems.stream().filter(p -> p.getSeverity() >= Diagnostic.ERROR).count();
        long warnings = problems.stream().filter(p -> p.getSeverity() == Diagnostic.WARNING).count();
        for (Diagnostic problem : problems) {
            (problem.getSeverity() >= Diagnostic.ERROR ? err : out).println(StudyFiles.severityName(problem.getSeverity())
                    + " " + problem.getCode() + " " + problem.getMessage());
        }
        if (errors > 0) {
            err.println(file + ": " + errors + " error(s), " + warnings + " warning(s)");
            return HyperloraApplication.EXIT_USAGE;
        }
        out.println(file + ": study '" + study.getName() + "' is valid"
                + (warnings == 0 ? ", no warnings" : ", " + warnings + " warning(s)"));
        return HyperloraApplication.EXIT_OK;
    }
}
