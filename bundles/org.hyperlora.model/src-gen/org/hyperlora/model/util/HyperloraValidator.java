/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.hyperlora.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.hyperlora.model.HyperloraPackage
 * @generated
 */
public class HyperloraValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final HyperloraValidator INSTANCE = new HyperloraValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.hyperlora.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HyperloraValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return HyperloraPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case HyperloraPackage.STUDY:
				return validateStudy((Study)value, diagnostics, context);
			case HyperloraPackage.SYMBOL:
				return validateSymbol((Symbol)value, diagnostics, context);
			case HyperloraPackage.COORDINATE:
				return validateCoordinate((Coordinate)value, diagnostics, context);
			case HyperloraPackage.FIELD:
				return validateField((Field)value, diagnostics, context);
			case HyperloraPackage.PARAMETER:
				return validateParameter((Parameter)value, diagnostics, context);
			case HyperloraPackage.PDE_FAMILY:
				return validatePdeFamily((PdeFamily)value, diagnostics, context);
			case HyperloraPackage.SHAPE:
				return validateShape((Shape)value, diagnostics, context);
			case HyperloraPackage.RECTANGLE:
				return validateRectangle((Rectangle)value, diagnostics, context);
			case HyperloraPackage.BOX:
				return validateBox((Box)value, diagnostics, context);
			case HyperloraPackage.SPHERE:
				return validateSphere((Sphere)value, diagnostics, context);
			case HyperloraPackage.CYLINDER:
				return validateCylinder((Cylinder)value, diagnostics, context);
			case HyperloraPackage.DISK:
				return validateDisk((Disk)value, diagnostics, context);
			case HyperloraPackage.ELLIPSE:
				return validateEllipse((Ellipse)value, diagnostics, context);
			case HyperloraPackage.POLYGON:
				return validatePolygon((Polygon)value, diagnostics, context);
			case HyperloraPackage.VERTEX:
				return validateVertex((Vertex)value, diagnostics, context);
			case HyperloraPackage.BOUNDARY_PART:
				return validateBoundaryPart((BoundaryPart)value, diagnostics, context);
			case HyperloraPackage.EQUATION:
				return validateEquation((Equation)value, diagnostics, context);
			case HyperloraPackage.CONDITION:
				return validateCondition((Condition)value, diagnostics, context);
			case HyperloraPackage.HARD_CONSTRAINT:
				return validateHardConstraint((HardConstraint)value, diagnostics, context);
			case HyperloraPackage.REFERENCE:
				return validateReference((Reference)value, diagnostics, context);
			case HyperloraPackage.METHOD_SETTINGS:
				return validateMethodSettings((MethodSettings)value, diagnostics, context);
			case HyperloraPackage.NETWORK_SETTINGS:
				return validateNetworkSettings((NetworkSettings)value, diagnostics, context);
			case HyperloraPackage.LORA_SETTINGS:
				return validateLoraSettings((LoraSettings)value, diagnostics, context);
			case HyperloraPackage.HYPERNETWORK_SETTINGS:
				return validateHypernetworkSettings((HypernetworkSettings)value, diagnostics, context);
			case HyperloraPackage.TRAINING_SETTINGS:
				return validateTrainingSettings((TrainingSettings)value, diagnostics, context);
			case HyperloraPackage.OPTIMIZER_STAGE:
				return validateOptimizerStage((OptimizerStage)value, diagnostics, context);
			case HyperloraPackage.PARAMETER_SET:
				return validateParameterSet((ParameterSet)value, diagnostics, context);
			case HyperloraPackage.PARAMETER_POINT:
				return validateParameterPoint((ParameterPoint)value, diagnostics, context);
			case HyperloraPackage.PARAMETER_VALUE:
				return validateParameterValue((ParameterValue)value, diagnostics, context);
			case HyperloraPackage.RESULTS:
				return validateResults((Results)value, diagnostics, context);
			case HyperloraPackage.ARTIFACT_LINK:
				return validateArtifactLink((ArtifactLink)value, diagnostics, context);
			case HyperloraPackage.METRIC:
				return validateMetric((Metric)value, diagnostics, context);
			case HyperloraPackage.LOSS_HISTORY:
				return validateLossHistory((LossHistory)value, diagnostics, context);
			case HyperloraPackage.SCALE:
				return validateScale((Scale)value, diagnostics, context);
			case HyperloraPackage.CSG_OPERATION:
				return validateCsgOperation((CsgOperation)value, diagnostics, context);
			case HyperloraPackage.AXIS:
				return validateAxis((Axis)value, diagnostics, context);
			case HyperloraPackage.CONDITION_KIND:
				return validateConditionKind((ConditionKind)value, diagnostics, context);
			case HyperloraPackage.REFERENCE_KIND:
				return validateReferenceKind((ReferenceKind)value, diagnostics, context);
			case HyperloraPackage.SURROGATE_KIND:
				return validateSurrogateKind((SurrogateKind)value, diagnostics, context);
			case HyperloraPackage.ACTIVATION_KIND:
				return validateActivationKind((ActivationKind)value, diagnostics, context);
			case HyperloraPackage.PRECISION:
				return validatePrecision((Precision)value, diagnostics, context);
			case HyperloraPackage.HYPERNETWORK_MODE:
				return validateHypernetworkMode((HypernetworkMode)value, diagnostics, context);
			case HyperloraPackage.SAMPLER_KIND:
				return validateSamplerKind((SamplerKind)value, diagnostics, context);
			case HyperloraPackage.OPTIMIZER_KIND:
				return validateOptimizerKind((OptimizerKind)value, diagnostics, context);
			case HyperloraPackage.PARAMETER_SET_ROLE:
				return validateParameterSetRole((ParameterSetRole)value, diagnostics, context);
			case HyperloraPackage.PARAMETER_RULE:
				return validateParameterRule((ParameterRule)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(study, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_wellFormed(study, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStudy_wellFormed(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(study, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSymbol(Symbol symbol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(symbol, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(symbol, diagnostics, context);
		if (result || diagnostics != null) result &= validateSymbol_wellFormed(symbol, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Symbol</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSymbol_wellFormed(Symbol symbol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(symbol, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoordinate(Coordinate coordinate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(coordinate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validateSymbol_wellFormed(coordinate, diagnostics, context);
		if (result || diagnostics != null) result &= validateCoordinate_validRange(coordinate, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validRange constraint of '<em>Coordinate</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCoordinate_validRange(Coordinate coordinate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.validRange(coordinate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateField(Field field, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(field, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(field, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(field, diagnostics, context);
		if (result || diagnostics != null) result &= validateSymbol_wellFormed(field, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameter(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(parameter, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validateSymbol_wellFormed(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validateParameter_validRange(parameter, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validRange constraint of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParameter_validRange(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.validRange(parameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePdeFamily(PdeFamily pdeFamily, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(pdeFamily, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validatePdeFamily_wellFormed(pdeFamily, diagnostics, context);
		if (result || diagnostics != null) result &= validatePdeFamily_conditionsComplete(pdeFamily, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Pde Family</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePdeFamily_wellFormed(PdeFamily pdeFamily, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(pdeFamily, diagnostics, context);
	}

	/**
	 * Validates the conditionsComplete constraint of '<em>Pde Family</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePdeFamily_conditionsComplete(PdeFamily pdeFamily, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.conditionsComplete(pdeFamily, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShape(Shape shape, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(shape, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(shape, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(shape, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Shape</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateShape_wellFormed(Shape shape, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(shape, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRectangle(Rectangle rectangle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rectangle, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rectangle, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(rectangle, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBox(Box box, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(box, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(box, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(box, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(box, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSphere(Sphere sphere, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sphere, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sphere, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(sphere, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCylinder(Cylinder cylinder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cylinder, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cylinder, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(cylinder, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDisk(Disk disk, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(disk, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(disk, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(disk, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEllipse(Ellipse ellipse, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(ellipse, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(ellipse, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(ellipse, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolygon(Polygon polygon, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(polygon, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(polygon, diagnostics, context);
		if (result || diagnostics != null) result &= validateShape_wellFormed(polygon, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVertex(Vertex vertex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(vertex, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoundaryPart(BoundaryPart boundaryPart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(boundaryPart, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(boundaryPart, diagnostics, context);
		if (result || diagnostics != null) result &= validateBoundaryPart_wellFormed(boundaryPart, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Boundary Part</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBoundaryPart_wellFormed(BoundaryPart boundaryPart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(boundaryPart, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquation(Equation equation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(equation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(equation, diagnostics, context);
		if (result || diagnostics != null) result &= validateEquation_parses(equation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the parses constraint of '<em>Equation</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateEquation_parses(Equation equation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.parses(equation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCondition(Condition condition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(condition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(condition, diagnostics, context);
		if (result || diagnostics != null) result &= validateCondition_wellFormed(condition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCondition_wellFormed(Condition condition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(condition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHardConstraint(HardConstraint hardConstraint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(hardConstraint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(hardConstraint, diagnostics, context);
		if (result || diagnostics != null) result &= validateHardConstraint_parses(hardConstraint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the parses constraint of '<em>Hard Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateHardConstraint_parses(HardConstraint hardConstraint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.parses(hardConstraint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReference(Reference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reference, diagnostics, context);
		if (result || diagnostics != null) result &= validateReference_wellFormed(reference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Reference</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateReference_wellFormed(Reference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(reference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMethodSettings(MethodSettings methodSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(methodSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkSettings(NetworkSettings networkSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(networkSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(networkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateNetworkSettings_wellFormed(networkSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Network Settings</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateNetworkSettings_wellFormed(NetworkSettings networkSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(networkSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLoraSettings(LoraSettings loraSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(loraSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(loraSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateLoraSettings_wellFormed(loraSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Lora Settings</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLoraSettings_wellFormed(LoraSettings loraSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(loraSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHypernetworkSettings(HypernetworkSettings hypernetworkSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(hypernetworkSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(hypernetworkSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateHypernetworkSettings_wellFormed(hypernetworkSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Hypernetwork Settings</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateHypernetworkSettings_wellFormed(HypernetworkSettings hypernetworkSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(hypernetworkSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSettings(TrainingSettings trainingSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(trainingSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSettings_wellFormed(trainingSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Training Settings</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSettings_wellFormed(TrainingSettings trainingSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(trainingSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOptimizerStage(OptimizerStage optimizerStage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(optimizerStage, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(optimizerStage, diagnostics, context);
		if (result || diagnostics != null) result &= validateOptimizerStage_wellFormed(optimizerStage, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Optimizer Stage</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateOptimizerStage_wellFormed(OptimizerStage optimizerStage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(optimizerStage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterSet(ParameterSet parameterSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(parameterSet, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(parameterSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateParameterSet_wellFormed(parameterSet, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Parameter Set</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParameterSet_wellFormed(ParameterSet parameterSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(parameterSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterPoint(ParameterPoint parameterPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(parameterPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterValue(ParameterValue parameterValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(parameterValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResults(Results results, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(results, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArtifactLink(ArtifactLink artifactLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(artifactLink, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(artifactLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateArtifactLink_wellFormed(artifactLink, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Artifact Link</em>'.
	 * <!-- begin-user-doc -->
	 * The checks are hand-written in {@link org.hyperlora.model.validation.StudyChecks}, which names each problem's code.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateArtifactLink_wellFormed(ArtifactLink artifactLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return org.hyperlora.model.validation.StudyChecks.wellFormed(artifactLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetric(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(metric, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLossHistory(LossHistory lossHistory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lossHistory, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScale(Scale scale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCsgOperation(CsgOperation csgOperation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAxis(Axis axis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConditionKind(ConditionKind conditionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReferenceKind(ReferenceKind referenceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSurrogateKind(SurrogateKind surrogateKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivationKind(ActivationKind activationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrecision(Precision precision, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHypernetworkMode(HypernetworkMode hypernetworkMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSamplerKind(SamplerKind samplerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOptimizerKind(OptimizerKind optimizerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterSetRole(ParameterSetRole parameterSetRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterRule(ParameterRule parameterRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //HyperloraValidator
