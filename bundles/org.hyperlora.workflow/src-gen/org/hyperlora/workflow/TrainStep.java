/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Train Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Trains the study's HyperLoRA surrogate and stores the results in the study file (artifacts go to NAME-training/ beside it); later steps then find the surrogate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.TrainStep#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.hyperlora.workflow.TrainStep#isResume <em>Resume</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getTrainStep()
 * @model
 * @generated
 */
public interface TrainStep extends StudyStep {
	/**
	 * Returns the value of the '<em><b>Profile</b></em>' attribute.
	 * The default value is <code>"study"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * study (the study's own settings) or quick (a scaled-down run of a minute or so).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' attribute.
	 * @see #setProfile(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getTrainStep_Profile()
	 * @model default="study"
	 * @generated
	 */
	String getProfile();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.TrainStep#getProfile <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' attribute.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(String value);

	/**
	 * Returns the value of the '<em><b>Resume</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reuse the checkpoints of an earlier unfinished run of the same study and settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resume</em>' attribute.
	 * @see #setResume(boolean)
	 * @see org.hyperlora.workflow.WorkflowPackage#getTrainStep_Resume()
	 * @model default="false"
	 * @generated
	 */
	boolean isResume();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.TrainStep#isResume <em>Resume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resume</em>' attribute.
	 * @see #isResume()
	 * @generated
	 */
	void setResume(boolean value);

} // TrainStep
