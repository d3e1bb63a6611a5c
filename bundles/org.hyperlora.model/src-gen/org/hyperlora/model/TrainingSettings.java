/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getCollocationPoints <em>Collocation Points</em>}</li>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getSampler <em>Sampler</em>}</li>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getBoundaryPoints <em>Boundary Points</em>}</li>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getBaseStages <em>Base Stages</em>}</li>
 *   <li>{@link org.hyperlora.model.TrainingSettings#getFitStages <em>Fit Stages</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface TrainingSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Collocation Points</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collocation Points</em>' attribute.
	 * @see #setCollocationPoints(int)
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_CollocationPoints()
	 * @model default="2000"
	 * @generated
	 */
	int getCollocationPoints();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.TrainingSettings#getCollocationPoints <em>Collocation Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collocation Points</em>' attribute.
	 * @see #getCollocationPoints()
	 * @generated
	 */
	void setCollocationPoints(int value);

	/**
	 * Returns the value of the '<em><b>Sampler</b></em>' attribute.
	 * The default value is <code>"sobol"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.SamplerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sampler</em>' attribute.
	 * @see org.hyperlora.model.SamplerKind
	 * @see #setSampler(SamplerKind)
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_Sampler()
	 * @model default="sobol"
	 * @generated
	 */
	SamplerKind getSampler();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.TrainingSettings#getSampler <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampler</em>' attribute.
	 * @see org.hyperlora.model.SamplerKind
	 * @see #getSampler()
	 * @generated
	 */
	void setSampler(SamplerKind value);

	/**
	 * Returns the value of the '<em><b>Boundary Points</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points per boundary, initial or periodic condition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundary Points</em>' attribute.
	 * @see #setBoundaryPoints(int)
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_BoundaryPoints()
	 * @model default="200"
	 * @generated
	 */
	int getBoundaryPoints();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.TrainingSettings#getBoundaryPoints <em>Boundary Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boundary Points</em>' attribute.
	 * @see #getBoundaryPoints()
	 * @generated
	 */
	void setBoundaryPoints(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.TrainingSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Base Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.OptimizerStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the base PINN (and a PINN retrained from scratch) is trained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Stages</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_BaseStages()
	 * @model containment="true"
	 * @generated
	 */
	EList<OptimizerStage> getBaseStages();

	/**
	 * Returns the value of the '<em><b>Fit Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.OptimizerStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How each per-instance LoRA adapter is fitted, starting from the base network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fit Stages</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getTrainingSettings_FitStages()
	 * @model containment="true"
	 * @generated
	 */
	EList<OptimizerStage> getFitStages();

} // TrainingSettings
