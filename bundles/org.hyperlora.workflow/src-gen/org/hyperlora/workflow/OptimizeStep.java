/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Optimize Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Design: the parameter values within the study's trained range that minimise or maximise a quantity, optionally with bounds on other quantities (a scan, then Nelder-Mead from the best points). Writes the search's history to output: one row per iteration with the best values and quantities so far.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.OptimizeStep#getStarts <em>Starts</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep()
 * @model
 * @generated
 */
public interface OptimizeStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * The default value is <code>"minimize"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.workflow.OptimizationGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see org.hyperlora.workflow.OptimizationGoal
	 * @see #setGoal(OptimizationGoal)
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Goal()
	 * @model default="minimize"
	 * @generated
	 */
	OptimizationGoal getGoal();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.OptimizeStep#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see org.hyperlora.workflow.OptimizationGoal
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(OptimizationGoal value);

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objective</em>' containment reference.
	 * @see #setObjective(Quantity)
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Objective()
	 * @model containment="true"
	 * @generated
	 */
	Quantity getObjective();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.OptimizeStep#getObjective <em>Objective</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' containment reference.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(Quantity value);

	/**
	 * Returns the value of the '<em><b>Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.QuantityBound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraints</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Constraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuantityBound> getConstraints();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters held fixed at these values; the others are optimized over their trained range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterAssignment> getValues();

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grid points per coordinate for the quantities over the domain: none (51 per axis), one for every axis, or one per coordinate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Resolution()
	 * @model
	 * @generated
	 */
	EList<Integer> getResolution();

	/**
	 * Returns the value of the '<em><b>Starts</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nelder-Mead runs from the best scanned points (1 to 64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts</em>' attribute.
	 * @see #setStarts(int)
	 * @see org.hyperlora.workflow.WorkflowPackage#getOptimizeStep_Starts()
	 * @model default="4"
	 * @generated
	 */
	int getStarts();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.OptimizeStep#getStarts <em>Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starts</em>' attribute.
	 * @see #getStarts()
	 * @generated
	 */
	void setStarts(int value);

} // OptimizeStep
