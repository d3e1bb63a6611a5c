/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compare Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Compares the solver with a reference solver on a uniform grid, or with reference data, and writes the relative L2 and maximum absolute error per field per parameter vector.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.CompareStep#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperlora.workflow.CompareStep#getReferenceData <em>Reference Data</em>}</li>
 *   <li>{@link org.hyperlora.workflow.CompareStep#getPoints <em>Points</em>}</li>
 *   <li>{@link org.hyperlora.workflow.CompareStep#getResolution <em>Resolution</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getCompareStep()
 * @model
 * @generated
 */
public interface CompareStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * The default value is <code>"org.hyperlora.solver.exact"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the reference solver (ignored when referenceData is given).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getCompareStep_Reference()
	 * @model default="org.hyperlora.solver.exact"
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.CompareStep#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Reference Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional CSV of reference data for one parameter vector: a header with every coordinate and the fields to compare (the format the solve step writes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Data</em>' attribute.
	 * @see #setReferenceData(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getCompareStep_ReferenceData()
	 * @model
	 * @generated
	 */
	String getReferenceData();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.CompareStep#getReferenceData <em>Reference Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Data</em>' attribute.
	 * @see #getReferenceData()
	 * @generated
	 */
	void setReferenceData(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameter vectors to compare at; none: the study's test set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getCompareStep_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterPoint> getPoints();

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getCompareStep_Resolution()
	 * @model
	 * @generated
	 */
	EList<Integer> getResolution();

} // CompareStep
