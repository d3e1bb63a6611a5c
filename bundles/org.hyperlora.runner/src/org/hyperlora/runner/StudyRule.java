package org.hyperlora.runner;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One study file at a time: two jobs training the same study never run together. */
public final class StudyRule implements ISchedulingRule {

    private final Path studyFile;

    public StudyRule(Path studyFile) {
        this.studyFile = studyFile.toAbsolutePath().normalize();
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this || (rule instanceof StudyRule other && other.studyFile.equals(studyFile));
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return contains(rule);
    }

    @Override
    public String toString() {
        return "StudyRule[" + studyFile + "]";
    }
}
