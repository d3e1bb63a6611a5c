/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loss History</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.LossHistory#getStage <em>Stage</em>}</li>
 *   <li>{@link org.hyperlora.model.LossHistory#getTerm <em>Term</em>}</li>
 *   <li>{@link org.hyperlora.model.LossHistory#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.hyperlora.model.LossHistory#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getLossHistory()
 * @model
 * @generated
 */
public interface LossHistory extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see #setStage(String)
	 * @see org.hyperlora.model.HyperloraPackage#getLossHistory_Stage()
	 * @model
	 * @generated
	 */
	String getStage();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.LossHistory#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(String value);

	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.hyperlora.model.HyperloraPackage#getLossHistory_Term()
	 * @model
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.LossHistory#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getLossHistory_Steps()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getSteps();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getLossHistory_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getValues();

} // LossHistory
