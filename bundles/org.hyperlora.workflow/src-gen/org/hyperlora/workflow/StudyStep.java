/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step on one study: study is the path of a .hyperlora file, relative to the workflow file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.StudyStep#getStudy <em>Study</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getStudyStep()
 * @model abstract="true"
 * @generated
 */
public interface StudyStep extends Step {
	/**
	 * Returns the value of the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study</em>' attribute.
	 * @see #setStudy(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getStudyStep_Study()
	 * @model
	 * @generated
	 */
	String getStudy();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.StudyStep#getStudy <em>Study</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' attribute.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(String value);

} // StudyStep
