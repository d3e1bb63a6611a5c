/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.NetworkSettings#getHiddenWidths <em>Hidden Widths</em>}</li>
 *   <li>{@link org.hyperlora.model.NetworkSettings#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.hyperlora.model.NetworkSettings#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.hyperlora.model.NetworkSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.NetworkSettings#isPeriodicEmbedding <em>Periodic Embedding</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface NetworkSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Hidden Widths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Widths</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings_HiddenWidths()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getHiddenWidths();

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"tanh"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.ActivationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.hyperlora.model.ActivationKind
	 * @see #setActivation(ActivationKind)
	 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings_Activation()
	 * @model default="tanh"
	 * @generated
	 */
	ActivationKind getActivation();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.NetworkSettings#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.hyperlora.model.ActivationKind
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(ActivationKind value);

	/**
	 * Returns the value of the '<em><b>Precision</b></em>' attribute.
	 * The default value is <code>"float64"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.Precision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precision</em>' attribute.
	 * @see org.hyperlora.model.Precision
	 * @see #setPrecision(Precision)
	 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings_Precision()
	 * @model default="float64"
	 * @generated
	 */
	Precision getPrecision();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.NetworkSettings#getPrecision <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precision</em>' attribute.
	 * @see org.hyperlora.model.Precision
	 * @see #getPrecision()
	 * @generated
	 */
	void setPrecision(Precision value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.NetworkSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Periodic Embedding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether every coordinate that all fields are periodic in enters the networks as the cosine and sine of its angle over the domain's width, so the periodic conditions hold exactly (values and all derivatives).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periodic Embedding</em>' attribute.
	 * @see #setPeriodicEmbedding(boolean)
	 * @see org.hyperlora.model.HyperloraPackage#getNetworkSettings_PeriodicEmbedding()
	 * @model
	 * @generated
	 */
	boolean isPeriodicEmbedding();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.NetworkSettings#isPeriodicEmbedding <em>Periodic Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periodic Embedding</em>' attribute.
	 * @see #isPeriodicEmbedding()
	 * @generated
	 */
	void setPeriodicEmbedding(boolean value);

} // NetworkSettings
