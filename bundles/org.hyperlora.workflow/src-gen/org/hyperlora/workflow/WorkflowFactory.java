/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.hyperlora.workflow.WorkflowPackage
 * @generated
 */
public interface WorkflowFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkflowFactory eINSTANCE = org.hyperlora.workflow.impl.WorkflowFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Workflow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workflow</em>'.
	 * @generated
	 */
	Workflow createWorkflow();

	/**
	 * Returns a new object of class '<em>Train Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Train Step</em>'.
	 * @generated
	 */
	TrainStep createTrainStep();

	/**
	 * Returns a new object of class '<em>Solve Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Solve Step</em>'.
	 * @generated
	 */
	SolveStep createSolveStep();

	/**
	 * Returns a new object of class '<em>Sweep Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Step</em>'.
	 * @generated
	 */
	SweepStep createSweepStep();

	/**
	 * Returns a new object of class '<em>Compare Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Compare Step</em>'.
	 * @generated
	 */
	CompareStep createCompareStep();

	/**
	 * Returns a new object of class '<em>Calibrate Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Calibrate Step</em>'.
	 * @generated
	 */
	CalibrateStep createCalibrateStep();

	/**
	 * Returns a new object of class '<em>Optimize Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Optimize Step</em>'.
	 * @generated
	 */
	OptimizeStep createOptimizeStep();

	/**
	 * Returns a new object of class '<em>Quantity Bound</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantity Bound</em>'.
	 * @generated
	 */
	QuantityBound createQuantityBound();

	/**
	 * Returns a new object of class '<em>Uncertainty Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uncertainty Step</em>'.
	 * @generated
	 */
	UncertaintyStep createUncertaintyStep();

	/**
	 * Returns a new object of class '<em>Parameter Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Distribution</em>'.
	 * @generated
	 */
	ParameterDistribution createParameterDistribution();

	/**
	 * Returns a new object of class '<em>Export Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Export Step</em>'.
	 * @generated
	 */
	ExportStep createExportStep();

	/**
	 * Returns a new object of class '<em>Contributed Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contributed Step</em>'.
	 * @generated
	 */
	ContributedStep createContributedStep();

	/**
	 * Returns a new object of class '<em>Parameter Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Assignment</em>'.
	 * @generated
	 */
	ParameterAssignment createParameterAssignment();

	/**
	 * Returns a new object of class '<em>Parameter Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Point</em>'.
	 * @generated
	 */
	ParameterPoint createParameterPoint();

	/**
	 * Returns a new object of class '<em>Grid Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Grid Axis</em>'.
	 * @generated
	 */
	GridAxis createGridAxis();

	/**
	 * Returns a new object of class '<em>Quantity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantity</em>'.
	 * @generated
	 */
	Quantity createQuantity();

	/**
	 * Returns a new object of class '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Property</em>'.
	 * @generated
	 */
	Property createProperty();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	WorkflowPackage getWorkflowPackage();

} //WorkflowFactory
