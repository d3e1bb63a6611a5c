/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lora Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.LoraSettings#getRank <em>Rank</em>}</li>
 *   <li>{@link org.hyperlora.model.LoraSettings#getRanksPerLayer <em>Ranks Per Layer</em>}</li>
 *   <li>{@link org.hyperlora.model.LoraSettings#isAdaptBiases <em>Adapt Biases</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getLoraSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface LoraSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.hyperlora.model.HyperloraPackage#getLoraSettings_Rank()
	 * @model default="2"
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.LoraSettings#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Ranks Per Layer</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: one rank per dense layer (hidden layers + output layer), overriding rank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranks Per Layer</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getLoraSettings_RanksPerLayer()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getRanksPerLayer();

	/**
	 * Returns the value of the '<em><b>Adapt Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapt Biases</em>' attribute.
	 * @see #setAdaptBiases(boolean)
	 * @see org.hyperlora.model.HyperloraPackage#getLoraSettings_AdaptBiases()
	 * @model
	 * @generated
	 */
	boolean isAdaptBiases();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.LoraSettings#isAdaptBiases <em>Adapt Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapt Biases</em>' attribute.
	 * @see #isAdaptBiases()
	 * @generated
	 */
	void setAdaptBiases(boolean value);

} // LoraSettings
