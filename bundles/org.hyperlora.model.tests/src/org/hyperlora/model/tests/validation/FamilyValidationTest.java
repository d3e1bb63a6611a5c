package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.addCondition;
import static org.hyperlora.model.tests.Studies.assertOnlyProblems;
import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.hyperlora.model.tests.Studies.condition;
import static org.hyperlora.model.tests.Studies.field;
import static org.hyperlora.model.tests.Studies.load;
import static org.hyperlora.model.tests.Studies.position;
import static org.hyperlora.model.tests.Studies.problems;
import static org.hyperlora.model.tests.Studies.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Equation;
import org.hyperlora.model.HardConstraint;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Reference;
import org.hyperlora.model.ReferenceKind;
import org.hyperlora.model.Scale;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.util.HyperloraValidator;
import org.hyperlora.model.validation.ExpressionPosition;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** One change to a valid example study, one problem reported on the object that has it. */
class FamilyValidationTest {

    // ---------------------------------------------------------------- expressions

    @Test
    void syntaxErrorCarriesItsPosition() {
        Study study = load("burgers");
        Equation equation = study.getFamily().getEquations().get(0);
        equation.setResidual("u_t + * u");
        Diagnostic diagnostic = assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, equation, "equation 1",
                "'u_t + * u'");
        ExpressionPosition position = position(diagnostic);
        assertEquals(Literals.EQUATION__RESIDUAL, position.attribute());
        assertEquals(1, position.line());
        assertEquals(7, position.column(), "the '*' where an operand is expected");
        assertEquals(6, position.offset());
        assertEquals(Literals.EQUATION__RESIDUAL, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.EXPRESSION_SYNTAX);
    }

    @Test
    void unknownSymbolIsNamedAndLocated() {
        Study study = load("burgers");
        Equation equation = study.getFamily().getEquations().get(0);
        equation.setResidual("u_t + w*u_x");
        Diagnostic diagnostic = assertProblem(study, StudyProblem.UNKNOWN_SYMBOL, equation, "'w'");
        ExpressionPosition position = position(diagnostic);
        assertEquals(7, position.column());
        assertEquals(6, position.offset());
        assertEquals(1, position.length());
        assertOnlyProblems(study, StudyProblem.UNKNOWN_SYMBOL);
    }

    @Test
    void unknownSymbolOnTheSecondLineIsLocatedThere() {
        Study study = load("kovasznay");
        Condition condition = condition(study, ConditionKind.DIRICHLET, "boundary");
        condition.setExpression("1 +\n  Rey*x");
        ExpressionPosition position = position(assertProblem(study, StudyProblem.UNKNOWN_SYMBOL, condition));
        assertEquals(Literals.CONDITION__EXPRESSION, position.attribute());
        assertEquals(2, position.line());
        assertEquals(3, position.column());
        assertEquals(6, position.offset());
    }

    @Test
    void boundaryValueMustNotUseAField() {
        Study study = load("burgers");
        Condition left = condition(study, ConditionKind.DIRICHLET, "left");
        left.setExpression("nu*u");
        assertProblem(study, StudyProblem.EXPRESSION_USES_FIELD, left, "dirichlet condition on u at left",
                "'nu*u'", "not fields");
        assertOnlyProblems(study, StudyProblem.EXPRESSION_USES_FIELD);
    }

    @Test
    void hardConstraintMustNotUseAField() {
        Study study = load("burgers");
        HardConstraint constraint = hardConstraint(study, "u", "0", "u*x");
        assertProblem(study, StudyProblem.EXPRESSION_USES_FIELD, constraint, "hard constraint on u, distance");
    }

    @Test
    void emptyExpressionIsMissing() {
        Study study = load("burgers");
        Condition initial = condition(study, ConditionKind.INITIAL, null);
        initial.setExpression("  ");
        assertProblem(study, StudyProblem.MISSING_EXPRESSION, initial, "initial condition on u",
                "expression expression is empty");
        assertOnlyProblems(study, StudyProblem.MISSING_EXPRESSION);
    }

    @Test
    void emptyResidualIsMissing() {
        Study study = load("convection");
        Equation equation = study.getFamily().getEquations().get(0);
        equation.setResidual(null);
        assertProblem(study, StudyProblem.MISSING_EXPRESSION, equation, "residual");
    }

    @Test
    void periodicConditionNeedsNoExpression() {
        // the convection example's periodic condition has none and is valid; a stray one changes nothing
        Study study = load("convection");
        assertEquals(null, condition(study, ConditionKind.PERIODIC, "x").getExpression());
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void negativeLossWeightIsRefused() {
        Study study = load("burgers");
        Equation equation = study.getFamily().getEquations().get(0);
        equation.setWeight(-1);
        assertProblem(study, StudyProblem.BAD_WEIGHT, equation, "-1.0");
    }

    // ---------------------------------------------------------------- ranges

    @Test
    void invertedCoordinateRange() {
        Study study = load("burgers");
        Coordinate x = study.getFamily().getCoordinates().get(0);
        x.setLower(2);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.INVERTED_RANGE, x, "coordinate 'x'", "inverted",
                "2.0 > upper 1.0");
        assertEquals(Literals.COORDINATE__LOWER, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.INVERTED_RANGE);
    }

    @Test
    void invertedParameterRange() {
        Study study = load("kovasznay");
        Parameter re = study.getFamily().getParameters().get(0);
        re.setUpper(10);
        assertProblem(study, StudyProblem.INVERTED_RANGE, re, "parameter 'Re'", "20.0 > upper 10.0");
    }

    @Test
    void emptyRange() {
        Study study = load("kovasznay");
        Parameter re = study.getFamily().getParameters().get(0);
        re.setUpper(20);
        assertProblem(study, StudyProblem.EMPTY_RANGE, re, "parameter 'Re'", "[20.0, 20.0] is empty");
    }

    @Test
    void nonFiniteBound() {
        Study study = load("convection");
        Coordinate t = study.getFamily().getCoordinates().get(1);
        t.setUpper(Double.POSITIVE_INFINITY);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.NOT_FINITE, t, "coordinate 't'", "Infinity",
                "must be finite");
        assertEquals(Literals.COORDINATE__UPPER, diagnostic.getData().get(1));
    }

    @Test
    void nanParameterBound() {
        Study study = load("convection");
        Parameter beta = study.getFamily().getParameters().get(0);
        beta.setLower(Double.NaN);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.NOT_FINITE, beta, "parameter 'beta'", "NaN");
        assertEquals(Literals.PARAMETER__LOWER, diagnostic.getData().get(1));
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0, -0.01 })
    void logScaleNeedsAPositiveRange(double lower) {
        Study study = load("burgers");
        Parameter nu = study.getFamily().getParameters().get(0);
        nu.unsetValidAbove(); // here only the scale is wrong (see outsideDeclaredValidity)
        nu.setLower(lower);
        assertProblem(study, StudyProblem.LOG_SCALE_NOT_POSITIVE, nu, "parameter 'nu'", "log scale");
        assertOnlyProblems(study, StudyProblem.LOG_SCALE_NOT_POSITIVE);
        // the same range on a linear scale is fine
        nu.setScale(Scale.LINEAR);
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void outsideDeclaredValidity() {
        Study study = load("burgers");
        Parameter nu = study.getFamily().getParameters().get(0);
        nu.setScale(Scale.LINEAR);
        nu.setLower(-0.01);
        Diagnostic range = assertProblem(study, StudyProblem.OUTSIDE_VALIDITY, nu, "parameter 'nu': the range [-0.01,"
                + " 0.03183098861837907] reaches values the family is not defined for; it is defined only for nu > 0");
        assertEquals(Diagnostic.ERROR, range.getSeverity());
        assertOnlyProblems(study, StudyProblem.OUTSIDE_VALIDITY);
        nu.setLower(0.005);
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
        // a listed value (the rules stay inside the range)
        var training = study.getParameterSets().get(0);
        training.setRule(org.hyperlora.model.ParameterRule.EXPLICIT);
        var value = HyperloraFactory.eINSTANCE.createParameterValue();
        value.setParameter(nu);
        value.setValue(0);
        var point = HyperloraFactory.eINSTANCE.createParameterPoint();
        point.getValues().add(value);
        training.getPoints().add(point);
        assertProblem(study, StudyProblem.OUTSIDE_VALIDITY, value, "nu = 0.0", "nu > 0");
        // both ends
        nu.setValidBelow(1);
        value.setValue(2);
        assertProblem(study, StudyProblem.OUTSIDE_VALIDITY, value, "nu = 2.0", "0 < nu < 1");
    }

    @Test
    void aReferenceThatNoLongerSolvesTheStudyIsAnErrorNamingTheWorstTerm() {
        Study study = load("burgers");
        assertEquals(Diagnostic.OK, severity(study), "the exact Burgers solution solves the example");
        condition(study, ConditionKind.INITIAL, null).setExpression("-0.5*sin(pi*x)");
        Diagnostic halved = assertProblem(study, StudyProblem.REFERENCE_DOES_NOT_SOLVE,
                study.getFamily().getReference(), "reference 'burgers' does not solve the family as edited: its",
                "it is not exact for this study (change the reference to a data file, or undo the edit)");
        assertEquals(Diagnostic.ERROR, halved.getSeverity());
        assertTrue(halved.getMessage().contains("initial"), "the initial condition is the worst: " + halved.getMessage());
        assertOnlyProblems(study, StudyProblem.REFERENCE_DOES_NOT_SOLVE);
        condition(study, ConditionKind.INITIAL, null).setExpression("-sin(pi*x)");
        assertEquals(Diagnostic.OK, severity(study), "undone: exact again");
        study.getFamily().getEquations().get(0).setResidual("u_t + u*u_x - 2*nu*u_xx");
        Diagnostic viscosity = assertProblem(study, StudyProblem.REFERENCE_DOES_NOT_SOLVE,
                study.getFamily().getReference(), "pde 1");
        assertTrue(viscosity.getMessage().contains("residual is"), viscosity.getMessage());
        study.getFamily().setReference(null);
        assertEquals(Diagnostic.OK, severity(study), "without a reference the edited family is a valid study");
    }

    @Test
    void divisionByAConstantZeroIsAnErrorAtTheSlash() {
        Study study = load("burgers");
        Condition initial = condition(study, ConditionKind.INITIAL, null);
        initial.setExpression("-sin(pi*x)/0");
        Diagnostic diagnostic = assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, initial,
                "division by zero: the divisor is a constant equal to 0");
        assertEquals(11, position(diagnostic).column());
        assertOnlyProblems(study, StudyProblem.EXPRESSION_SYNTAX);
    }

    @Test
    void expressionsBeyondTheLimitsAreErrorsNotCrashes() {
        Study study = load("burgers");
        Equation equation = study.getFamily().getEquations().get(0);
        equation.setResidual("u_t" + " + nu*u_xx".repeat(10_000));
        assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, equation, "more than 500 operands in one expression");
        equation.setResidual("(".repeat(1500) + "u_t" + ")".repeat(1500));
        assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, equation, "nested more than 50 levels deep");
    }

    @Test
    void referenceValueOutsideRange() {
        Study study = load("kovasznay");
        Parameter re = study.getFamily().getParameters().get(0);
        re.setReferenceValue(150);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.REFERENCE_VALUE_OUTSIDE_RANGE, re,
                "reference value 150.0", "[20.0, 100.0]");
        assertEquals(Literals.PARAMETER__REFERENCE_VALUE, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.REFERENCE_VALUE_OUTSIDE_RANGE);
        re.setReferenceValue(100);
        assertEquals(Diagnostic.OK, severity(study), "the ends are inside");
    }

    // ---------------------------------------------------------------- names

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "pi", "u_x", "2a", "sin" })
    void invalidParameterName(String name) {
        Study study = load("burgers");
        Parameter nu = study.getFamily().getParameters().get(0);
        nu.setName(name);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.INVALID_NAME, nu, "parameter");
        assertEquals(Literals.SYMBOL__NAME, diagnostic.getData().get(1));
        if (name != null && !name.isEmpty()) {
            assertTrue(diagnostic.getMessage().contains("'" + name + "'"), diagnostic.getMessage());
        }
        if (name == null) {
            // no validation exception from the reference's name comparison: the name is reported once
            assertOnlyProblems(study, StudyProblem.INVALID_NAME);
        } else {
            // the reference still expects nu: a mismatch, reported on the reference
            assertOnlyProblems(study, StudyProblem.INVALID_NAME, StudyProblem.REFERENCE_MISMATCH);
        }
        // the expressions that name nu are not re-reported against a broken symbol table
        study.getFamily().setReference(null);
        assertOnlyProblems(study, StudyProblem.INVALID_NAME);
    }

    @Test
    void invalidFieldNameSaysWhyInUserTerms() {
        Study study = load("kovasznay");
        var p = field(study, "p");
        p.setName("p_x");
        assertProblem(study, StudyProblem.INVALID_NAME, p, "field 'p_x'", "not an identifier", "derivatives");
    }

    @Test
    void duplicateNameAcrossKinds() {
        Study study = load("burgers");
        Parameter nu = study.getFamily().getParameters().get(0);
        nu.setName("x");
        study.getFamily().setReference(null); // it would report the parameter names too
        assertProblem(study, StudyProblem.DUPLICATE_NAME, nu, "parameter 'x'", "already used by a coordinate");
        // names are EMF IDs: EMF's own ID check reports the collision as well, and nothing else is reported
        for (Diagnostic diagnostic : problems(study)) {
            boolean ours = diagnostic.getCode() == StudyProblem.DUPLICATE_NAME.code()
                    && HyperloraValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource());
            boolean emfId = diagnostic.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID
                    && EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource());
            assertTrue(ours || emfId, diagnostic.getMessage());
        }
    }

    /**
     * Two valid names can still make derivatives ambiguous: with coordinates x and xx, u_xx reads as d2u/dx2
     * and as du/dxx. The family is refused by the engine; the validator must report it rather than skip every
     * expression check silently.
     */
    @Test
    void coordinatesWithAmbiguousDerivativeSuffixes() {
        Study study = load("kovasznay");
        study.getFamily().setReference(null); // its coordinates would differ too
        Coordinate y = study.getFamily().getCoordinates().get(1);
        y.setName("xx");
        assertProblem(study, StudyProblem.INVALID_NAME, study.getFamily(), "'xx'", "ambiguous");
        assertOnlyProblems(study, StudyProblem.INVALID_NAME);
        StudyMappingException e = assertThrows(StudyMappingException.class, () -> StudyMapping.toEngine(study));
        assertNotNull(e.diagnostic(), "refused by the validator, not by the engine: " + e.getMessage());
    }

    // ---------------------------------------------------------------- the family's parts

    @Test
    void noCoordinates() {
        Study study = load("kovasznay");
        PdeFamily family = study.getFamily();
        family.getCoordinates().clear();
        assertProblem(study, StudyProblem.BAD_COORDINATES, family, "family 'Kovasznay' has no coordinates");
    }

    @Test
    void twoTimeCoordinates() {
        Study study = load("burgers");
        PdeFamily family = study.getFamily();
        family.getCoordinates().get(0).setTime(true);
        assertProblem(study, StudyProblem.BAD_COORDINATES, family, "2 time coordinates");
    }

    @Test
    void tooManyCoordinates() {
        Study study = load("burgers");
        PdeFamily family = study.getFamily();
        for (String name : List.of("y", "z", "w")) {
            Coordinate coordinate = HyperloraFactory.eINSTANCE.createCoordinate();
            coordinate.setName(name);
            family.getCoordinates().add(coordinate);
        }
        assertProblem(study, StudyProblem.BAD_COORDINATES, family, "5 coordinates", "at most 4");
    }

    @Test
    void noFields() {
        Study study = load("convection");
        PdeFamily family = study.getFamily();
        family.getFields().clear();
        assertProblem(study, StudyProblem.NO_FIELDS, family, "no fields");
    }

    @Test
    void noEquations() {
        Study study = load("convection");
        PdeFamily family = study.getFamily();
        family.getEquations().clear();
        assertProblem(study, StudyProblem.NO_EQUATIONS, family, "family 'Convection' has no equation");
        assertOnlyProblems(study, StudyProblem.NO_EQUATIONS);
    }

    @Test
    void noParameters() {
        Study study = load("convection");
        PdeFamily family = study.getFamily();
        family.getParameters().clear();
        assertProblem(study, StudyProblem.NO_PARAMETERS, family, "no parameters");
    }

    @Test
    void missingFamily() {
        Study study = load("convection");
        study.setFamily(null);
        assertProblem(study, StudyProblem.MISSING_PART, study, "no PDE family");
    }

    // ---------------------------------------------------------------- conditions

    @Test
    void unknownBoundaryPart() {
        Study study = load("burgers");
        Condition right = condition(study, ConditionKind.DIRICHLET, "right");
        right.setBoundary("middle");
        Diagnostic diagnostic = assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, right, "'middle'", "left",
                "right");
        assertEquals(Literals.CONDITION__BOUNDARY, diagnostic.getData().get(1));
        // the right face has lost its condition too: a warning, not a second error
        assertOnlyProblems(study, StudyProblem.UNKNOWN_BOUNDARY_PART, StudyProblem.MISSING_CONDITION);
    }

    @Test
    void conditionWithoutField() {
        Study study = load("burgers");
        Condition left = condition(study, ConditionKind.DIRICHLET, "left");
        left.setField(null);
        assertProblem(study, StudyProblem.MISSING_FIELD, left, "has no field");
    }

    @Test
    void initialConditionWithoutTimeCoordinate() {
        Study study = load("kovasznay");
        Condition initial = addCondition(study, ConditionKind.INITIAL, "p", null, "0");
        assertProblem(study, StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE, initial, "initial condition on p",
                "no time coordinate");
        assertOnlyProblems(study, StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE);
    }

    @Test
    void periodicAlongTime() {
        Study study = load("convection");
        Condition periodic = condition(study, ConditionKind.PERIODIC, "x");
        periodic.setBoundary("t");
        assertProblem(study, StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE, periodic, "periodic condition on u along t",
                "cannot be periodic");
    }

    @ParameterizedTest
    @ValueSource(strings = { "initial", "t_min" })
    void periodicAlongTheInitialFace(String face) {
        Study study = load("convection");
        Condition periodic = condition(study, ConditionKind.PERIODIC, "x");
        periodic.setBoundary(face);
        assertProblem(study, StudyProblem.CONDITION_NEEDS_OTHER_COORDINATE, periodic, "cannot be periodic");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void periodicWithoutCoordinate(String boundary) {
        Study study = load("convection");
        Condition periodic = condition(study, ConditionKind.PERIODIC, "x");
        periodic.setBoundary(boundary);
        assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, periodic, "no coordinate is given", "x in [0");
        assertOnlyProblems(study, StudyProblem.UNKNOWN_BOUNDARY_PART);
    }

    @Test
    void periodicAlongUnknownCoordinate() {
        Study study = load("convection");
        Condition periodic = condition(study, ConditionKind.PERIODIC, "x");
        periodic.setBoundary("z");
        assertProblem(study, StudyProblem.UNKNOWN_BOUNDARY_PART, periodic, "'z'");
    }

    @Test
    void secondDirichletConditionOnTheSameFace() {
        Study study = load("burgers");
        Condition second = addCondition(study, ConditionKind.DIRICHLET, "u", "left", "1");
        assertProblem(study, StudyProblem.CONFLICTING_CONDITIONS, second, "dirichlet condition on u at left",
                "conflicts with condition 2", "left");
        assertOnlyProblems(study, StudyProblem.CONFLICTING_CONDITIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = { "left", "x_min" })
    void faceConditionOverlapsBoundaryCondition(String face) {
        Study study = load("kovasznay");
        Condition left = addCondition(study, ConditionKind.DIRICHLET, "u", face, "0");
        assertProblem(study, StudyProblem.CONFLICTING_CONDITIONS, left, "dirichlet condition on u at " + face,
                "conflicts with condition 1", "dirichlet condition on u at boundary", "on left");
        assertOnlyProblems(study, StudyProblem.CONFLICTING_CONDITIONS);
    }

    @Test
    void neumannOnAFaceOverlapsBoundaryCondition() {
        Study study = load("kovasznay");
        Condition top = addCondition(study, ConditionKind.NEUMANN, "v", "y_max", "0");
        assertProblem(study, StudyProblem.CONFLICTING_CONDITIONS, top, "conflicts with condition 2", "on top");
    }

    @Test
    void conditionsOnDifferentFieldsDoNotConflict() {
        Study study = load("kovasznay");
        study.getFamily().setReference(null); // p = 0 on the left is not the exact flow's pressure
        addCondition(study, ConditionKind.DIRICHLET, "p", "left", "0");
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
    }

    @Test
    void missingBoundaryConditionIsAWarning() {
        Study study = load("burgers");
        PdeFamily family = study.getFamily();
        family.getConditions().remove(condition(study, ConditionKind.DIRICHLET, "right"));
        assertProblem(study, StudyProblem.MISSING_CONDITION, family, "field u", "second derivative in x", "right");
        assertEquals(Diagnostic.WARNING, severity(study));
        assertOnlyProblems(study, StudyProblem.MISSING_CONDITION);
    }

    @Test
    void missingInitialConditionIsAWarning() {
        Study study = load("convection");
        PdeFamily family = study.getFamily();
        family.getConditions().remove(condition(study, ConditionKind.INITIAL, null));
        assertProblem(study, StudyProblem.MISSING_CONDITION, family, "field u", "derivative in t", "initial");
        assertEquals(Diagnostic.WARNING, severity(study));
    }

    @Test
    void firstOrderInSpaceNeedsNoBoundaryCondition() {
        // u_t + beta u_x: without the periodic condition, no face needs one (the validator counts second derivatives)
        Study study = load("convection");
        study.getFamily().getConditions().remove(condition(study, ConditionKind.PERIODIC, "x"));
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
    }

    @Test
    void hardConstraintSilencesTheMissingConditionWarning() {
        Study study = load("burgers");
        study.getFamily().getConditions().remove(condition(study, ConditionKind.DIRICHLET, "right"));
        assertEquals(Diagnostic.WARNING, severity(study));
        hardConstraint(study, "u", "0", "1 - x^2");
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
    }

    @Test
    void duplicateHardConstraint() {
        Study study = load("burgers");
        hardConstraint(study, "u", "0", "1 - x^2");
        HardConstraint second = hardConstraint(study, "u", "-sin(pi*x)", "t");
        assertProblem(study, StudyProblem.DUPLICATE_HARD_CONSTRAINT, second, "hard constraint on u",
                "already has one");
        assertOnlyProblems(study, StudyProblem.DUPLICATE_HARD_CONSTRAINT);
    }

    @Test
    void hardConstraintSyntaxError() {
        Study study = load("burgers");
        HardConstraint constraint = hardConstraint(study, "u", "0", "1 - x^");
        Diagnostic diagnostic = assertProblem(study, StudyProblem.EXPRESSION_SYNTAX, constraint, "distance");
        assertEquals(Literals.HARD_CONSTRAINT__DISTANCE, position(diagnostic).attribute());
    }

    // ---------------------------------------------------------------- reference

    @Test
    void unknownBuiltinReference() {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setBuiltin("heat");
        assertProblem(study, StudyProblem.UNKNOWN_REFERENCE, reference, "'heat'", "burgers", "kovasznay");
        assertOnlyProblems(study, StudyProblem.UNKNOWN_REFERENCE);
    }

    @Test
    void builtinReferenceOfAnotherFamily() {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setBuiltin("kovasznay");
        List<Diagnostic> mismatches = problems(study, StudyProblem.REFERENCE_MISMATCH);
        // coordinates, fields and parameters all differ
        assertEquals(3, mismatches.size(), () -> StudyFiles.format(StudyFiles.validate(study)));
        for (Diagnostic diagnostic : mismatches) {
            assertSame(reference, diagnostic.getData().get(0));
            assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        }
        assertTrue(mismatches.stream().anyMatch(d -> d.getMessage().contains("coordinates [x, y], the family has [x, t]")),
                () -> StudyFiles.format(StudyFiles.validate(study)));
        assertTrue(mismatches.stream().anyMatch(d -> d.getMessage().contains("parameters [Re], the family has [nu]")));
    }

    @Test
    void missingReferenceDataFile() {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setKind(ReferenceKind.DATA_FILE);
        reference.setDataFile("no-such-burgers.csv");
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "'no-such-burgers.csv'", "does not exist");
        assertOnlyProblems(study, StudyProblem.BAD_DATA_FILE);
    }

    @Test
    void dataFileNotGiven() {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setKind(ReferenceKind.DATA_FILE);
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "no data file");
    }

    @Test
    void dataFileIsResolvedBesideTheStudyAndNeedsEveryColumn(@TempDir Path temp) throws Exception {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setKind(ReferenceKind.DATA_FILE);
        reference.setDataFile("data/burgers.csv");
        Path file = temp.resolve("burgers.hyperlora");
        StudyFiles.save(study, file);
        Files.createDirectories(temp.resolve("data"));
        Files.writeString(temp.resolve("data/burgers.csv"), "nu,x,t,u\n0.01,0,0,0\n", StandardCharsets.UTF_8);
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));

        Files.writeString(temp.resolve("data/burgers.csv"), "nu, x, t\n0.01,0,0\n", StandardCharsets.UTF_8);
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "lacks the column 'u'");

        // every row is read: a value outside the range or a point outside the domain is named by line and column
        Files.writeString(temp.resolve("data/burgers.csv"), "nu,x,t,u\n0.01,0,0,0\n0.5,0,0,0\n",
                StandardCharsets.UTF_8);
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "burgers.csv, line 3, column 'nu': 0.5 is outside"
                + " the parameter range");
        Files.writeString(temp.resolve("data/burgers.csv"), "nu,x,t,u\n0.01,0,0,0\n0.01,1.5,0,0\n",
                StandardCharsets.UTF_8);
        assertProblem(study, StudyProblem.BAD_DATA_FILE, reference, "burgers.csv, line 3, column 'x': 1.5 is outside"
                + " the domain [-1.0, 1.0]");
    }

    @Test
    void aDataWeightMustBeFiniteAndNeedsADataFile() {
        Study study = load("burgers");
        Reference reference = study.getFamily().getReference();
        reference.setDataWeight(1.0);
        assertProblem(study, StudyProblem.BAD_WEIGHT, reference, "a data weight of 1.0 needs a data file to fit",
                "(the reference is 'builtin')");
        assertOnlyProblems(study, StudyProblem.BAD_WEIGHT);
        reference.setDataWeight(-0.5);
        assertProblem(study, StudyProblem.BAD_WEIGHT, reference, "reference data: the loss weight must be finite and"
                + " >= 0, got -0.5");
        reference.setDataWeight(0);
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
    }

    // ---------------------------------------------------------------- helpers

    private static HardConstraint hardConstraint(Study study, String field, String value, String distance) {
        HardConstraint constraint = HyperloraFactory.eINSTANCE.createHardConstraint();
        constraint.setField(field(study, field));
        constraint.setValue(value);
        constraint.setDistance(distance);
        study.getFamily().getHardConstraints().add(constraint);
        return constraint;
    }
}
