/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hypernetwork Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getHiddenWidths <em>Hidden Widths</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getMode <em>Mode</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getPhysicsWeight <em>Physics Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getRegressionWeight <em>Regression Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getRegressionIterations <em>Regression Iterations</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getPhysicsRounds <em>Physics Rounds</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getIterationsPerRound <em>Iterations Per Round</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getPhysicsOptimizer <em>Physics Optimizer</em>}</li>
 *   <li>{@link org.hyperlora.model.HypernetworkSettings#getPhysicsLearningRate <em>Physics Learning Rate</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface HypernetworkSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Hidden Widths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Widths</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_HiddenWidths()
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
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_Activation()
	 * @model default="tanh"
	 * @generated
	 */
	ActivationKind getActivation();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.hyperlora.model.ActivationKind
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(ActivationKind value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"both"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.HypernetworkMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.hyperlora.model.HypernetworkMode
	 * @see #setMode(HypernetworkMode)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_Mode()
	 * @model default="both"
	 * @generated
	 */
	HypernetworkMode getMode();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.hyperlora.model.HypernetworkMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(HypernetworkMode value);

	/**
	 * Returns the value of the '<em><b>Physics Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physics Weight</em>' attribute.
	 * @see #setPhysicsWeight(double)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_PhysicsWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getPhysicsWeight();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsWeight <em>Physics Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physics Weight</em>' attribute.
	 * @see #getPhysicsWeight()
	 * @generated
	 */
	void setPhysicsWeight(double value);

	/**
	 * Returns the value of the '<em><b>Regression Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regression Weight</em>' attribute.
	 * @see #setRegressionWeight(double)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_RegressionWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getRegressionWeight();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getRegressionWeight <em>Regression Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regression Weight</em>' attribute.
	 * @see #getRegressionWeight()
	 * @generated
	 */
	void setRegressionWeight(double value);

	/**
	 * Returns the value of the '<em><b>Regression Iterations</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regression Iterations</em>' attribute.
	 * @see #setRegressionIterations(int)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_RegressionIterations()
	 * @model default="1000"
	 * @generated
	 */
	int getRegressionIterations();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getRegressionIterations <em>Regression Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regression Iterations</em>' attribute.
	 * @see #getRegressionIterations()
	 * @generated
	 */
	void setRegressionIterations(int value);

	/**
	 * Returns the value of the '<em><b>Physics Rounds</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physics Rounds</em>' attribute.
	 * @see #setPhysicsRounds(int)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_PhysicsRounds()
	 * @model default="4"
	 * @generated
	 */
	int getPhysicsRounds();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsRounds <em>Physics Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physics Rounds</em>' attribute.
	 * @see #getPhysicsRounds()
	 * @generated
	 */
	void setPhysicsRounds(int value);

	/**
	 * Returns the value of the '<em><b>Iterations Per Round</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iterations Per Round</em>' attribute.
	 * @see #setIterationsPerRound(int)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_IterationsPerRound()
	 * @model default="50"
	 * @generated
	 */
	int getIterationsPerRound();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getIterationsPerRound <em>Iterations Per Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iterations Per Round</em>' attribute.
	 * @see #getIterationsPerRound()
	 * @generated
	 */
	void setIterationsPerRound(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_BatchSize()
	 * @model default="8"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"11"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_Seed()
	 * @model default="11"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Physics Optimizer</b></em>' attribute.
	 * The default value is <code>"lbfgs"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.OptimizerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physics stage's optimizer: lbfgs (a batch per round, a round that raises the physics loss midway between the training values is undone) or adam (a fresh batch every step at physicsLearningRate; the stage ends on its best round).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Physics Optimizer</em>' attribute.
	 * @see org.hyperlora.model.OptimizerKind
	 * @see #setPhysicsOptimizer(OptimizerKind)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_PhysicsOptimizer()
	 * @model default="lbfgs"
	 * @generated
	 */
	OptimizerKind getPhysicsOptimizer();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsOptimizer <em>Physics Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physics Optimizer</em>' attribute.
	 * @see org.hyperlora.model.OptimizerKind
	 * @see #getPhysicsOptimizer()
	 * @generated
	 */
	void setPhysicsOptimizer(OptimizerKind value);

	/**
	 * Returns the value of the '<em><b>Physics Learning Rate</b></em>' attribute.
	 * The default value is <code>"1.0E-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Physics Learning Rate</em>' attribute.
	 * @see #setPhysicsLearningRate(double)
	 * @see org.hyperlora.model.HyperloraPackage#getHypernetworkSettings_PhysicsLearningRate()
	 * @model default="1.0E-4"
	 * @generated
	 */
	double getPhysicsLearningRate();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsLearningRate <em>Physics Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Physics Learning Rate</em>' attribute.
	 * @see #getPhysicsLearningRate()
	 * @generated
	 */
	void setPhysicsLearningRate(double value);

} // HypernetworkSettings
