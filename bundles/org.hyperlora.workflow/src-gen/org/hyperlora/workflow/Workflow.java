/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .hlflow file: steps run in order; a failing step stops the workflow and keeps what earlier steps wrote.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.Workflow#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Workflow#getDescription <em>Description</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Workflow#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Workflow#isAllowOutsideOutputs <em>Allow Outside Outputs</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getWorkflow()
 * @model
 * @generated
 */
public interface Workflow extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getWorkflow_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Workflow#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getWorkflow_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Workflow#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.workflow.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getWorkflow_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Allow Outside Outputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether steps may write outside the workflow file's folder (absolute paths, ../). Off by default: a workflow received from someone else cannot write anywhere else on the disk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Outside Outputs</em>' attribute.
	 * @see #setAllowOutsideOutputs(boolean)
	 * @see org.hyperlora.workflow.WorkflowPackage#getWorkflow_AllowOutsideOutputs()
	 * @model
	 * @generated
	 */
	boolean isAllowOutsideOutputs();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Workflow#isAllowOutsideOutputs <em>Allow Outside Outputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Outside Outputs</em>' attribute.
	 * @see #isAllowOutsideOutputs()
	 * @generated
	 */
	void setAllowOutsideOutputs(boolean value);

} // Workflow
