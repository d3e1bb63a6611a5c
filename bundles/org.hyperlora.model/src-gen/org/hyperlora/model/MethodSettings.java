/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Method Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.MethodSettings#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.hyperlora.model.MethodSettings#getLora <em>Lora</em>}</li>
 *   <li>{@link org.hyperlora.model.MethodSettings#getHypernetwork <em>Hypernetwork</em>}</li>
 *   <li>{@link org.hyperlora.model.MethodSettings#getTraining <em>Training</em>}</li>
 *   <li>{@link org.hyperlora.model.MethodSettings#getSurrogateKind <em>Surrogate Kind</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings()
 * @model
 * @generated
 */
public interface MethodSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(NetworkSettings)
	 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings_Network()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NetworkSettings getNetwork();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.MethodSettings#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(NetworkSettings value);

	/**
	 * Returns the value of the '<em><b>Lora</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lora</em>' containment reference.
	 * @see #setLora(LoraSettings)
	 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings_Lora()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LoraSettings getLora();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.MethodSettings#getLora <em>Lora</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lora</em>' containment reference.
	 * @see #getLora()
	 * @generated
	 */
	void setLora(LoraSettings value);

	/**
	 * Returns the value of the '<em><b>Hypernetwork</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypernetwork</em>' containment reference.
	 * @see #setHypernetwork(HypernetworkSettings)
	 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings_Hypernetwork()
	 * @model containment="true" required="true"
	 * @generated
	 */
	HypernetworkSettings getHypernetwork();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.MethodSettings#getHypernetwork <em>Hypernetwork</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypernetwork</em>' containment reference.
	 * @see #getHypernetwork()
	 * @generated
	 */
	void setHypernetwork(HypernetworkSettings value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSettings)
	 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings_Training()
	 * @model containment="true" required="true"
	 * @generated
	 */
	TrainingSettings getTraining();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.MethodSettings#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSettings value);

	/**
	 * Returns the value of the '<em><b>Surrogate Kind</b></em>' attribute.
	 * The default value is <code>"hyperlora"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.SurrogateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is trained: the HyperLoRA surrogate (base PINN, LoRA fits, hypernetwork), or a parametric PINN (the parameters as extra network inputs, trained on the physics loss across the range with the base stages' iterations and the hypernetwork's batch size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surrogate Kind</em>' attribute.
	 * @see org.hyperlora.model.SurrogateKind
	 * @see #setSurrogateKind(SurrogateKind)
	 * @see org.hyperlora.model.HyperloraPackage#getMethodSettings_SurrogateKind()
	 * @model default="hyperlora"
	 * @generated
	 */
	SurrogateKind getSurrogateKind();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.MethodSettings#getSurrogateKind <em>Surrogate Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surrogate Kind</em>' attribute.
	 * @see org.hyperlora.model.SurrogateKind
	 * @see #getSurrogateKind()
	 * @generated
	 */
	void setSurrogateKind(SurrogateKind value);

} // MethodSettings
