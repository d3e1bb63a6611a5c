/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.ParameterPoint#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getParameterPoint()
 * @model
 * @generated
 */
public interface ParameterPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.ParameterAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getParameterPoint_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterAssignment> getValues();

} // ParameterPoint
