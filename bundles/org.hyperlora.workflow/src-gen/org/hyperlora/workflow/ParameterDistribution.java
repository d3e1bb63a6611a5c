/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.ParameterDistribution#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.workflow.ParameterDistribution#getDistribution <em>Distribution</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getParameterDistribution()
 * @model
 * @generated
 */
public interface ParameterDistribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getParameterDistribution_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.ParameterDistribution#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * uniform:A:B, normal:MEAN:SD, lognormal:MU:SIGMA (of the logarithm), or a number (fixed): as hyperlora uq --param.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute.
	 * @see #setDistribution(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getParameterDistribution_Distribution()
	 * @model
	 * @generated
	 */
	String getDistribution();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.ParameterDistribution#getDistribution <em>Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distribution</em>' attribute.
	 * @see #getDistribution()
	 * @generated
	 */
	void setDistribution(String value);

} // ParameterDistribution
