package org.hyperlora.workflow.run;

/** Where a step's validation reports problems; the runner adds the step's number and name. */
public interface StepProblems {

    /** A problem that keeps the workflow from running. */
    void error(String message);

    /** Something worth a look that does not keep the workflow from running. */
    void warning(String message);
}
