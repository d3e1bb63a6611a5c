/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hyperlora.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HyperloraFactoryImpl extends EFactoryImpl implements HyperloraFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HyperloraFactory init() {
		try {
			HyperloraFactory theHyperloraFactory = (HyperloraFactory)EPackage.Registry.INSTANCE.getEFactory(HyperloraPackage.eNS_URI);
			if (theHyperloraFactory != null) {
				return theHyperloraFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HyperloraFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HyperloraFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HyperloraPackage.STUDY: return createStudy();
			case HyperloraPackage.COORDINATE: return createCoordinate();
			case HyperloraPackage.FIELD: return createField();
			case HyperloraPackage.PARAMETER: return createParameter();
			case HyperloraPackage.PDE_FAMILY: return createPdeFamily();
			case HyperloraPackage.RECTANGLE: return createRectangle();
			case HyperloraPackage.BOX: return createBox();
			case HyperloraPackage.SPHERE: return createSphere();
			case HyperloraPackage.CYLINDER: return createCylinder();
			case HyperloraPackage.DISK: return createDisk();
			case HyperloraPackage.ELLIPSE: return createEllipse();
			case HyperloraPackage.POLYGON: return createPolygon();
			case HyperloraPackage.VERTEX: return createVertex();
			case HyperloraPackage.BOUNDARY_PART: return createBoundaryPart();
			case HyperloraPackage.EQUATION: return createEquation();
			case HyperloraPackage.CONDITION: return createCondition();
			case HyperloraPackage.HARD_CONSTRAINT: return createHardConstraint();
			case HyperloraPackage.REFERENCE: return createReference();
			case HyperloraPackage.METHOD_SETTINGS: return createMethodSettings();
			case HyperloraPackage.NETWORK_SETTINGS: return createNetworkSettings();
			case HyperloraPackage.LORA_SETTINGS: return createLoraSettings();
			case HyperloraPackage.HYPERNETWORK_SETTINGS: return createHypernetworkSettings();
			case HyperloraPackage.TRAINING_SETTINGS: return createTrainingSettings();
			case HyperloraPackage.OPTIMIZER_STAGE: return createOptimizerStage();
			case HyperloraPackage.PARAMETER_SET: return createParameterSet();
			case HyperloraPackage.PARAMETER_POINT: return createParameterPoint();
			case HyperloraPackage.PARAMETER_VALUE: return createParameterValue();
			case HyperloraPackage.RESULTS: return createResults();
			case HyperloraPackage.ARTIFACT_LINK: return createArtifactLink();
			case HyperloraPackage.METRIC: return createMetric();
			case HyperloraPackage.LOSS_HISTORY: return createLossHistory();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HyperloraPackage.SCALE:
				return createScaleFromString(eDataType, initialValue);
			case HyperloraPackage.CSG_OPERATION:
				return createCsgOperationFromString(eDataType, initialValue);
			case HyperloraPackage.AXIS:
				return createAxisFromString(eDataType, initialValue);
			case HyperloraPackage.CONDITION_KIND:
				return createConditionKindFromString(eDataType, initialValue);
			case HyperloraPackage.REFERENCE_KIND:
				return createReferenceKindFromString(eDataType, initialValue);
			case HyperloraPackage.SURROGATE_KIND:
				return createSurrogateKindFromString(eDataType, initialValue);
			case HyperloraPackage.ACTIVATION_KIND:
				return createActivationKindFromString(eDataType, initialValue);
			case HyperloraPackage.PRECISION:
				return createPrecisionFromString(eDataType, initialValue);
			case HyperloraPackage.HYPERNETWORK_MODE:
				return createHypernetworkModeFromString(eDataType, initialValue);
			case HyperloraPackage.SAMPLER_KIND:
				return createSamplerKindFromString(eDataType, initialValue);
			case HyperloraPackage.OPTIMIZER_KIND:
				return createOptimizerKindFromString(eDataType, initialValue);
			case HyperloraPackage.PARAMETER_SET_ROLE:
				return createParameterSetRoleFromString(eDataType, initialValue);
			case HyperloraPackage.PARAMETER_RULE:
				return createParameterRuleFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HyperloraPackage.SCALE:
				return convertScaleToString(eDataType, instanceValue);
			case HyperloraPackage.CSG_OPERATION:
				return convertCsgOperationToString(eDataType, instanceValue);
			case HyperloraPackage.AXIS:
				return convertAxisToString(eDataType, instanceValue);
			case HyperloraPackage.CONDITION_KIND:
				return convertConditionKindToString(eDataType, instanceValue);
			case HyperloraPackage.REFERENCE_KIND:
				return convertReferenceKindToString(eDataType, instanceValue);
			case HyperloraPackage.SURROGATE_KIND:
				return convertSurrogateKindToString(eDataType, instanceValue);
			case HyperloraPackage.ACTIVATION_KIND:
				return convertActivationKindToString(eDataType, instanceValue);
			case HyperloraPackage.PRECISION:
				return convertPrecisionToString(eDataType, instanceValue);
			case HyperloraPackage.HYPERNETWORK_MODE:
				return convertHypernetworkModeToString(eDataType, instanceValue);
			case HyperloraPackage.SAMPLER_KIND:
				return convertSamplerKindToString(eDataType, instanceValue);
			case HyperloraPackage.OPTIMIZER_KIND:
				return convertOptimizerKindToString(eDataType, instanceValue);
			case HyperloraPackage.PARAMETER_SET_ROLE:
				return convertParameterSetRoleToString(eDataType, instanceValue);
			case HyperloraPackage.PARAMETER_RULE:
				return convertParameterRuleToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coordinate createCoordinate() {
		CoordinateImpl coordinate = new CoordinateImpl();
		return coordinate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field createField() {
		FieldImpl field = new FieldImpl();
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PdeFamily createPdeFamily() {
		PdeFamilyImpl pdeFamily = new PdeFamilyImpl();
		return pdeFamily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rectangle createRectangle() {
		RectangleImpl rectangle = new RectangleImpl();
		return rectangle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Box createBox() {
		BoxImpl box = new BoxImpl();
		return box;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sphere createSphere() {
		SphereImpl sphere = new SphereImpl();
		return sphere;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cylinder createCylinder() {
		CylinderImpl cylinder = new CylinderImpl();
		return cylinder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ellipse createEllipse() {
		EllipseImpl ellipse = new EllipseImpl();
		return ellipse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polygon createPolygon() {
		PolygonImpl polygon = new PolygonImpl();
		return polygon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vertex createVertex() {
		VertexImpl vertex = new VertexImpl();
		return vertex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryPart createBoundaryPart() {
		BoundaryPartImpl boundaryPart = new BoundaryPartImpl();
		return boundaryPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equation createEquation() {
		EquationImpl equation = new EquationImpl();
		return equation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HardConstraint createHardConstraint() {
		HardConstraintImpl hardConstraint = new HardConstraintImpl();
		return hardConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reference createReference() {
		ReferenceImpl reference = new ReferenceImpl();
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodSettings createMethodSettings() {
		MethodSettingsImpl methodSettings = new MethodSettingsImpl();
		return methodSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSettings createNetworkSettings() {
		NetworkSettingsImpl networkSettings = new NetworkSettingsImpl();
		return networkSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoraSettings createLoraSettings() {
		LoraSettingsImpl loraSettings = new LoraSettingsImpl();
		return loraSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypernetworkSettings createHypernetworkSettings() {
		HypernetworkSettingsImpl hypernetworkSettings = new HypernetworkSettingsImpl();
		return hypernetworkSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSettings createTrainingSettings() {
		TrainingSettingsImpl trainingSettings = new TrainingSettingsImpl();
		return trainingSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerStage createOptimizerStage() {
		OptimizerStageImpl optimizerStage = new OptimizerStageImpl();
		return optimizerStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterSet createParameterSet() {
		ParameterSetImpl parameterSet = new ParameterSetImpl();
		return parameterSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterPoint createParameterPoint() {
		ParameterPointImpl parameterPoint = new ParameterPointImpl();
		return parameterPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterValue createParameterValue() {
		ParameterValueImpl parameterValue = new ParameterValueImpl();
		return parameterValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Results createResults() {
		ResultsImpl results = new ResultsImpl();
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtifactLink createArtifactLink() {
		ArtifactLinkImpl artifactLink = new ArtifactLinkImpl();
		return artifactLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossHistory createLossHistory() {
		LossHistoryImpl lossHistory = new LossHistoryImpl();
		return lossHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scale createScaleFromString(EDataType eDataType, String initialValue) {
		Scale result = Scale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CsgOperation createCsgOperationFromString(EDataType eDataType, String initialValue) {
		CsgOperation result = CsgOperation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCsgOperationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Axis createAxisFromString(EDataType eDataType, String initialValue) {
		Axis result = Axis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAxisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionKind createConditionKindFromString(EDataType eDataType, String initialValue) {
		ConditionKind result = ConditionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConditionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferenceKind createReferenceKindFromString(EDataType eDataType, String initialValue) {
		ReferenceKind result = ReferenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurrogateKind createSurrogateKindFromString(EDataType eDataType, String initialValue) {
		SurrogateKind result = SurrogateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurrogateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivationKind createActivationKindFromString(EDataType eDataType, String initialValue) {
		ActivationKind result = ActivationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Precision createPrecisionFromString(EDataType eDataType, String initialValue) {
		Precision result = Precision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPrecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HypernetworkMode createHypernetworkModeFromString(EDataType eDataType, String initialValue) {
		HypernetworkMode result = HypernetworkMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHypernetworkModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SamplerKind createSamplerKindFromString(EDataType eDataType, String initialValue) {
		SamplerKind result = SamplerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSamplerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptimizerKind createOptimizerKindFromString(EDataType eDataType, String initialValue) {
		OptimizerKind result = OptimizerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptimizerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterSetRole createParameterSetRoleFromString(EDataType eDataType, String initialValue) {
		ParameterSetRole result = ParameterSetRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterSetRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterRule createParameterRuleFromString(EDataType eDataType, String initialValue) {
		ParameterRule result = ParameterRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HyperloraPackage getHyperloraPackage() {
		return (HyperloraPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HyperloraPackage getPackage() {
		return HyperloraPackage.eINSTANCE;
	}

} //HyperloraFactoryImpl
