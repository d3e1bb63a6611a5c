/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solver Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step that solves the study through the surrogate-solver registry and writes a table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.SolverStep#getSolver <em>Solver</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SolverStep#getOutput <em>Output</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getSolverStep()
 * @model abstract="true"
 * @generated
 */
public interface SolverStep extends StudyStep {
	/**
	 * Returns the value of the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the surrogate solver to use (e.g. org.hyperlora.solver.exact); empty: the best one that applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solver</em>' attribute.
	 * @see #setSolver(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolverStep_Solver()
	 * @model
	 * @generated
	 */
	String getSolver();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SolverStep#getSolver <em>Solver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solver</em>' attribute.
	 * @see #getSolver()
	 * @generated
	 */
	void setSolver(String value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CSV file written, relative to the workflow file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see #setOutput(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSolverStep_Output()
	 * @model
	 * @generated
	 */
	String getOutput();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SolverStep#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(String value);

} // SolverStep
