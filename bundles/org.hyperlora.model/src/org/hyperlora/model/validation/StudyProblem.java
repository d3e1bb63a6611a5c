package org.hyperlora.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Every problem the study validator reports, with its diagnostic code ({@link Diagnostic#getCode()}, source
 * {@link org.hyperlora.model.util.HyperloraValidator#DIAGNOSTIC_SOURCE}) and severity. Codes are stable: editors
 * and scripts may key on them.
 */
public enum StudyProblem {
    /** A name that cannot be used in expressions (not an identifier, or a constant or function name). */
    INVALID_NAME(1, Diagnostic.ERROR),
    /** Two coordinates, fields or parameters share a name. */
    DUPLICATE_NAME(2, Diagnostic.ERROR),
    /** A range whose lower and upper ends are equal. */
    EMPTY_RANGE(3, Diagnostic.ERROR),
    /** A range whose lower end is above its upper end. */
    INVERTED_RANGE(4, Diagnostic.ERROR),
    /** NaN or infinity where a finite number is needed. */
    NOT_FINITE(5, Diagnostic.ERROR),
    /** A log-scaled parameter whose range includes zero or negative values. */
    LOG_SCALE_NOT_POSITIVE(6, Diagnostic.ERROR),
    /** A parameter's reference value outside its range. */
    REFERENCE_VALUE_OUTSIDE_RANGE(7, Diagnostic.ERROR),
    /** The family has no coordinates, more than the engine supports, or several time coordinates. */
    BAD_COORDINATES(8, Diagnostic.ERROR),
    /** The family has no fields. */
    NO_FIELDS(9, Diagnostic.ERROR),
    /** The family has no equation. */
    NO_EQUATIONS(10, Diagnostic.ERROR),
    /** An expression that does not parse; the data carry an {@link ExpressionPosition}. */
    EXPRESSION_SYNTAX(11, Diagnostic.ERROR),
    /** An expression naming an unknown symbol; the data carry an {@link ExpressionPosition}. */
    UNKNOWN_SYMBOL(12, Diagnostic.ERROR),
    /** A boundary value, initial value or hard-constraint expression that reads fields. */
    EXPRESSION_USES_FIELD(13, Diagnostic.ERROR),
    /** An expression that is required but empty. */
    MISSING_EXPRESSION(14, Diagnostic.ERROR),
    /** A condition on a boundary part the domain does not have. */
    UNKNOWN_BOUNDARY_PART(15, Diagnostic.ERROR),
    /** A condition or hard constraint without a field. */
    MISSING_FIELD(16, Diagnostic.ERROR),
    /** Two conditions on the same field and the same boundary face. */
    CONFLICTING_CONDITIONS(17, Diagnostic.ERROR),
    /** A face or the initial time where the equations need a condition on a field and none is given. */
    MISSING_CONDITION(18, Diagnostic.WARNING),
    /** An initial condition in a family without a time coordinate, or a periodic one along time. */
    CONDITION_NEEDS_OTHER_COORDINATE(19, Diagnostic.ERROR),
    /** Two hard constraints on the same field. */
    DUPLICATE_HARD_CONSTRAINT(20, Diagnostic.ERROR),
    /** A built-in reference solution name that does not exist. */
    UNKNOWN_REFERENCE(21, Diagnostic.ERROR),
    /** A built-in reference whose coordinates, fields or parameters are not the family's. */
    REFERENCE_MISMATCH(22, Diagnostic.ERROR),
    /** A reference data file that is not given, missing or unreadable, or lacks columns. */
    BAD_DATA_FILE(23, Diagnostic.ERROR),
    /** A count (points, widths, batch, set size) that is zero or negative. */
    NON_POSITIVE_COUNT(24, Diagnostic.ERROR),
    /** An optimizer stage or hypernetwork stage with zero (or negative) iterations. */
    ZERO_ITERATIONS(25, Diagnostic.ERROR),
    /** A LoRA rank that is not below the width of a layer it adapts. */
    RANK_NOT_BELOW_WIDTH(26, Diagnostic.ERROR),
    /** Per-layer ranks whose count is not the number of dense layers. */
    RANK_COUNT_MISMATCH(27, Diagnostic.ERROR),
    /** A training plan without stages. */
    NO_STAGES(28, Diagnostic.ERROR),
    /** A learning rate that is not positive and finite. */
    BAD_LEARNING_RATE(29, Diagnostic.ERROR),
    /** A loss weight that is negative or not finite, or a mode whose weight is zero. */
    BAD_WEIGHT(30, Diagnostic.ERROR),
    /** No training parameter set. */
    NO_TRAINING_SET(31, Diagnostic.ERROR),
    /** No test parameter set: the surrogate cannot be checked on held-out values. */
    NO_TEST_SET(32, Diagnostic.WARNING),
    /** A parameter point that lacks a parameter, names one twice, or names one of another study. */
    INCOMPLETE_POINT(33, Diagnostic.ERROR),
    /** A training value outside its parameter's range (the hypernetwork is trained on the range). */
    TRAINING_VALUE_OUTSIDE_RANGE(34, Diagnostic.ERROR),
    /** A test value outside its parameter's range: the surrogate extrapolates there. */
    TEST_VALUE_OUTSIDE_RANGE(35, Diagnostic.WARNING),
    /** A HyperLoRA study needs at least one parameter. */
    NO_PARAMETERS(36, Diagnostic.ERROR),
    /** A required part of the study (family, method settings) is missing. */
    MISSING_PART(37, Diagnostic.ERROR),
    /** A sampling rule (evenly spaced, cell centres) in a family with several parameters: list the values. */
    RULE_NEEDS_ONE_PARAMETER(38, Diagnostic.ERROR),
    /** A results artifact link without a kind or a usable path. */
    BAD_ARTIFACT_LINK(39, Diagnostic.ERROR),
    /** A results artifact link whose file does not exist (moved or deleted). */
    MISSING_ARTIFACT(40, Diagnostic.WARNING),
    /** A parameter range, reference value or listed value outside the values the family is declared valid for. */
    OUTSIDE_VALIDITY(41, Diagnostic.ERROR),
    /** The trained surrogate's file is damaged or not a surrogate: solvers pass it over. */
    SURROGATE_DAMAGED(42, Diagnostic.WARNING),
    /** The trained surrogate is of other coordinates, fields or parameters: another study's. */
    SURROGATE_FOREIGN(43, Diagnostic.WARNING),
    /** The trained surrogate was trained from other settings than the study's current ones: train again. */
    SURROGATE_OUT_OF_DATE(44, Diagnostic.WARNING),
    /** The built-in reference does not solve the study as edited: it cannot be called exact for it. */
    REFERENCE_DOES_NOT_SOLVE(45, Diagnostic.ERROR),
    /** Periodic embedding is on, but no coordinate has a periodic condition on every field: it changes nothing. */
    NOTHING_TO_EMBED(46, Diagnostic.WARNING),
    /**
     * A shape that is degenerate, reads coordinates, leaves the coordinates' box or leaves nothing of the domain — at
     * every parameter value or at one the message names — plane shapes without two space coordinates, solids without
     * three, or both kinds in one family.
     */
    BAD_SHAPE(47, Diagnostic.ERROR),
    /** A periodic condition on a domain made of shapes (periodic conditions pair the faces of the box). */
    PERIODIC_ON_SHAPE(48, Diagnostic.ERROR),
    /**
     * A hard constraint with both a distance expression and parts for the built-in distance, or whose built-in distance
     * cannot be used (an unknown part; an edge that is not boundary all along, at a parameter value the message names).
     */
    BAD_DISTANCE(49, Diagnostic.ERROR);

    private final int code;
    private final int severity;

    StudyProblem(int code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    public int code() {
        return code;
    }

    /** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
    public int severity() {
        return severity;
    }

    /** The problem with that code, or null. */
    public static StudyProblem ofCode(int code) {
        for (StudyProblem problem : values()) {
            if (problem.code == code) {
                return problem;
            }
        }
        return null;
    }
}
