/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contributed Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a kind contributed by another bundle: kind is the id of its contribution to org.hyperlora.workflow.steps; the properties are its settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.ContributedStep#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.workflow.ContributedStep#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getContributedStep()
 * @model
 * @generated
 */
public interface ContributedStep extends Step {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getContributedStep_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.ContributedStep#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getContributedStep_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

} // ContributedStep
