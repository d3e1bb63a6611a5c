/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Export Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Copies the study's trained surrogate, or writes its stored metrics as CSV, to target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.ExportStep#getWhat <em>What</em>}</li>
 *   <li>{@link org.hyperlora.workflow.ExportStep#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getExportStep()
 * @model
 * @generated
 */
public interface ExportStep extends StudyStep {
	/**
	 * Returns the value of the '<em><b>What</b></em>' attribute.
	 * The default value is <code>"surrogate"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.workflow.ExportKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>What</em>' attribute.
	 * @see org.hyperlora.workflow.ExportKind
	 * @see #setWhat(ExportKind)
	 * @see org.hyperlora.workflow.WorkflowPackage#getExportStep_What()
	 * @model default="surrogate"
	 * @generated
	 */
	ExportKind getWhat();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.ExportStep#getWhat <em>What</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>What</em>' attribute.
	 * @see org.hyperlora.workflow.ExportKind
	 * @see #getWhat()
	 * @generated
	 */
	void setWhat(ExportKind value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getExportStep_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.ExportStep#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

} // ExportStep
