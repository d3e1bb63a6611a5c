/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.hyperlora.model.ActivationKind;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.HypernetworkMode;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.OptimizerKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hypernetwork Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getHiddenWidths <em>Hidden Widths</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getPhysicsWeight <em>Physics Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getRegressionWeight <em>Regression Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getRegressionIterations <em>Regression Iterations</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getPhysicsRounds <em>Physics Rounds</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getIterationsPerRound <em>Iterations Per Round</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getPhysicsOptimizer <em>Physics Optimizer</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.HypernetworkSettingsImpl#getPhysicsLearningRate <em>Physics Learning Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HypernetworkSettingsImpl extends MinimalEObjectImpl.Container implements HypernetworkSettings {
	/**
	 * The cached value of the '{@link #getHiddenWidths() <em>Hidden Widths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenWidths()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> hiddenWidths;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final ActivationKind ACTIVATION_EDEFAULT = ActivationKind.TANH;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected ActivationKind activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final HypernetworkMode MODE_EDEFAULT = HypernetworkMode.BOTH;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected HypernetworkMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicsWeight() <em>Physics Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double PHYSICS_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPhysicsWeight() <em>Physics Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsWeight()
	 * @generated
	 * @ordered
	 */
	protected double physicsWeight = PHYSICS_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegressionWeight() <em>Regression Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegressionWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double REGRESSION_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getRegressionWeight() <em>Regression Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegressionWeight()
	 * @generated
	 * @ordered
	 */
	protected double regressionWeight = REGRESSION_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegressionIterations() <em>Regression Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegressionIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int REGRESSION_ITERATIONS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getRegressionIterations() <em>Regression Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegressionIterations()
	 * @generated
	 * @ordered
	 */
	protected int regressionIterations = REGRESSION_ITERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicsRounds() <em>Physics Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsRounds()
	 * @generated
	 * @ordered
	 */
	protected static final int PHYSICS_ROUNDS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getPhysicsRounds() <em>Physics Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsRounds()
	 * @generated
	 * @ordered
	 */
	protected int physicsRounds = PHYSICS_ROUNDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIterationsPerRound() <em>Iterations Per Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterationsPerRound()
	 * @generated
	 * @ordered
	 */
	protected static final int ITERATIONS_PER_ROUND_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getIterationsPerRound() <em>Iterations Per Round</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterationsPerRound()
	 * @generated
	 * @ordered
	 */
	protected int iterationsPerRound = ITERATIONS_PER_ROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 11L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicsOptimizer() <em>Physics Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizerKind PHYSICS_OPTIMIZER_EDEFAULT = OptimizerKind.LBFGS;

	/**
	 * The cached value of the '{@link #getPhysicsOptimizer() <em>Physics Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerKind physicsOptimizer = PHYSICS_OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicsLearningRate() <em>Physics Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double PHYSICS_LEARNING_RATE_EDEFAULT = 1.0E-4;

	/**
	 * The cached value of the '{@link #getPhysicsLearningRate() <em>Physics Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicsLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double physicsLearningRate = PHYSICS_LEARNING_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypernetworkSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.HYPERNETWORK_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getHiddenWidths() {
		if (hiddenWidths == null) {
			hiddenWidths = new EDataTypeEList<Integer>(Integer.class, this, HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS);
		}
		return hiddenWidths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationKind getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(ActivationKind newActivation) {
		ActivationKind oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypernetworkMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(HypernetworkMode newMode) {
		HypernetworkMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPhysicsWeight() {
		return physicsWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicsWeight(double newPhysicsWeight) {
		double oldPhysicsWeight = physicsWeight;
		physicsWeight = newPhysicsWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT, oldPhysicsWeight, physicsWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRegressionWeight() {
		return regressionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegressionWeight(double newRegressionWeight) {
		double oldRegressionWeight = regressionWeight;
		regressionWeight = newRegressionWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT, oldRegressionWeight, regressionWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRegressionIterations() {
		return regressionIterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegressionIterations(int newRegressionIterations) {
		int oldRegressionIterations = regressionIterations;
		regressionIterations = newRegressionIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS, oldRegressionIterations, regressionIterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhysicsRounds() {
		return physicsRounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicsRounds(int newPhysicsRounds) {
		int oldPhysicsRounds = physicsRounds;
		physicsRounds = newPhysicsRounds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS, oldPhysicsRounds, physicsRounds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIterationsPerRound() {
		return iterationsPerRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIterationsPerRound(int newIterationsPerRound) {
		int oldIterationsPerRound = iterationsPerRound;
		iterationsPerRound = newIterationsPerRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND, oldIterationsPerRound, iterationsPerRound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerKind getPhysicsOptimizer() {
		return physicsOptimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicsOptimizer(OptimizerKind newPhysicsOptimizer) {
		OptimizerKind oldPhysicsOptimizer = physicsOptimizer;
		physicsOptimizer = newPhysicsOptimizer == null ? PHYSICS_OPTIMIZER_EDEFAULT : newPhysicsOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER, oldPhysicsOptimizer, physicsOptimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPhysicsLearningRate() {
		return physicsLearningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicsLearningRate(double newPhysicsLearningRate) {
		double oldPhysicsLearningRate = physicsLearningRate;
		physicsLearningRate = newPhysicsLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE, oldPhysicsLearningRate, physicsLearningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS:
				return getHiddenWidths();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION:
				return getActivation();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__MODE:
				return getMode();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT:
				return getPhysicsWeight();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT:
				return getRegressionWeight();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS:
				return getRegressionIterations();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS:
				return getPhysicsRounds();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND:
				return getIterationsPerRound();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE:
				return getBatchSize();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__SEED:
				return getSeed();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER:
				return getPhysicsOptimizer();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE:
				return getPhysicsLearningRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS:
				getHiddenWidths().clear();
				getHiddenWidths().addAll((Collection<? extends Integer>)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION:
				setActivation((ActivationKind)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__MODE:
				setMode((HypernetworkMode)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT:
				setPhysicsWeight((Double)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT:
				setRegressionWeight((Double)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS:
				setRegressionIterations((Integer)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS:
				setPhysicsRounds((Integer)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND:
				setIterationsPerRound((Integer)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER:
				setPhysicsOptimizer((OptimizerKind)newValue);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE:
				setPhysicsLearningRate((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS:
				getHiddenWidths().clear();
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT:
				setPhysicsWeight(PHYSICS_WEIGHT_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT:
				setRegressionWeight(REGRESSION_WEIGHT_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS:
				setRegressionIterations(REGRESSION_ITERATIONS_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS:
				setPhysicsRounds(PHYSICS_ROUNDS_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND:
				setIterationsPerRound(ITERATIONS_PER_ROUND_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER:
				setPhysicsOptimizer(PHYSICS_OPTIMIZER_EDEFAULT);
				return;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE:
				setPhysicsLearningRate(PHYSICS_LEARNING_RATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS:
				return hiddenWidths != null && !hiddenWidths.isEmpty();
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__MODE:
				return mode != MODE_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT:
				return physicsWeight != PHYSICS_WEIGHT_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT:
				return regressionWeight != REGRESSION_WEIGHT_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS:
				return regressionIterations != REGRESSION_ITERATIONS_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS:
				return physicsRounds != PHYSICS_ROUNDS_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND:
				return iterationsPerRound != ITERATIONS_PER_ROUND_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER:
				return physicsOptimizer != PHYSICS_OPTIMIZER_EDEFAULT;
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE:
				return physicsLearningRate != PHYSICS_LEARNING_RATE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hiddenWidths: ");
		result.append(hiddenWidths);
		result.append(", activation: ");
		result.append(activation);
		result.append(", mode: ");
		result.append(mode);
		result.append(", physicsWeight: ");
		result.append(physicsWeight);
		result.append(", regressionWeight: ");
		result.append(regressionWeight);
		result.append(", regressionIterations: ");
		result.append(regressionIterations);
		result.append(", physicsRounds: ");
		result.append(physicsRounds);
		result.append(", iterationsPerRound: ");
		result.append(iterationsPerRound);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", seed: ");
		result.append(seed);
		result.append(", physicsOptimizer: ");
		result.append(physicsOptimizer);
		result.append(", physicsLearningRate: ");
		result.append(physicsLearningRate);
		result.append(')');
		return result.toString();
	}

} //HypernetworkSettingsImpl
