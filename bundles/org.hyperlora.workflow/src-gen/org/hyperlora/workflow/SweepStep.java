/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Solves for count values of one parameter from..to (other parameters as in values, else their reference values) on a uniform grid and writes one row per value with the derived quantities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getFrom <em>From</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getTo <em>To</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getCount <em>Count</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#isLogScale <em>Log Scale</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getValues <em>Values</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.hyperlora.workflow.SweepStep#getQuantities <em>Quantities</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep()
 * @model
 * @generated
 */
public interface SweepStep extends SolverStep {
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SweepStep#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(double)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_From()
	 * @model default="0.0"
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SweepStep#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(double)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_To()
	 * @model default="0.0"
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SweepStep#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_Count()
	 * @model default="0"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SweepStep#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Log Scale</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Log Scale</em>' attribute.
	 * @see #setLogScale(boolean)
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_LogScale()
	 * @model default="false"
	 * @generated
	 */
	boolean isLogScale();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.SweepStep#isLogScale <em>Log Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Scale</em>' attribute.
	 * @see #isLogScale()
	 * @generated
	 */
	void setLogScale(boolean value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_Values()
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
	 * Grid points per coordinate over the study's domain: none (51 per axis), one for every axis, or one per coordinate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_Resolution()
	 * @model
	 * @generated
	 */
	EList<Integer> getResolution();

	/**
	 * Returns the value of the '<em><b>Quantities</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.Quantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantities</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getSweepStep_Quantities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Quantity> getQuantities();

} // SweepStep
