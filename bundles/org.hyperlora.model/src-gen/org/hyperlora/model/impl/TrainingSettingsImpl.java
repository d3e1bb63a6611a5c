/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.SamplerKind;
import org.hyperlora.model.TrainingSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getCollocationPoints <em>Collocation Points</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getSampler <em>Sampler</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getBoundaryPoints <em>Boundary Points</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getBaseStages <em>Base Stages</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.TrainingSettingsImpl#getFitStages <em>Fit Stages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSettingsImpl extends MinimalEObjectImpl.Container implements TrainingSettings {
	/**
	 * The default value of the '{@link #getCollocationPoints() <em>Collocation Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollocationPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int COLLOCATION_POINTS_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getCollocationPoints() <em>Collocation Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollocationPoints()
	 * @generated
	 * @ordered
	 */
	protected int collocationPoints = COLLOCATION_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampler() <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampler()
	 * @generated
	 * @ordered
	 */
	protected static final SamplerKind SAMPLER_EDEFAULT = SamplerKind.SOBOL;

	/**
	 * The cached value of the '{@link #getSampler() <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampler()
	 * @generated
	 * @ordered
	 */
	protected SamplerKind sampler = SAMPLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBoundaryPoints() <em>Boundary Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaryPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int BOUNDARY_POINTS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getBoundaryPoints() <em>Boundary Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundaryPoints()
	 * @generated
	 * @ordered
	 */
	protected int boundaryPoints = BOUNDARY_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

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
	 * The cached value of the '{@link #getBaseStages() <em>Base Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseStages()
	 * @generated
	 * @ordered
	 */
	protected EList<OptimizerStage> baseStages;

	/**
	 * The cached value of the '{@link #getFitStages() <em>Fit Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFitStages()
	 * @generated
	 * @ordered
	 */
	protected EList<OptimizerStage> fitStages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.TRAINING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCollocationPoints() {
		return collocationPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollocationPoints(int newCollocationPoints) {
		int oldCollocationPoints = collocationPoints;
		collocationPoints = newCollocationPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.TRAINING_SETTINGS__COLLOCATION_POINTS, oldCollocationPoints, collocationPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SamplerKind getSampler() {
		return sampler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampler(SamplerKind newSampler) {
		SamplerKind oldSampler = sampler;
		sampler = newSampler == null ? SAMPLER_EDEFAULT : newSampler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.TRAINING_SETTINGS__SAMPLER, oldSampler, sampler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBoundaryPoints() {
		return boundaryPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoundaryPoints(int newBoundaryPoints) {
		int oldBoundaryPoints = boundaryPoints;
		boundaryPoints = newBoundaryPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.TRAINING_SETTINGS__BOUNDARY_POINTS, oldBoundaryPoints, boundaryPoints));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.TRAINING_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OptimizerStage> getBaseStages() {
		if (baseStages == null) {
			baseStages = new EObjectContainmentEList<OptimizerStage>(OptimizerStage.class, this, HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES);
		}
		return baseStages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OptimizerStage> getFitStages() {
		if (fitStages == null) {
			fitStages = new EObjectContainmentEList<OptimizerStage>(OptimizerStage.class, this, HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES);
		}
		return fitStages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES:
				return ((InternalEList<?>)getBaseStages()).basicRemove(otherEnd, msgs);
			case HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES:
				return ((InternalEList<?>)getFitStages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.TRAINING_SETTINGS__COLLOCATION_POINTS:
				return getCollocationPoints();
			case HyperloraPackage.TRAINING_SETTINGS__SAMPLER:
				return getSampler();
			case HyperloraPackage.TRAINING_SETTINGS__BOUNDARY_POINTS:
				return getBoundaryPoints();
			case HyperloraPackage.TRAINING_SETTINGS__SEED:
				return getSeed();
			case HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES:
				return getBaseStages();
			case HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES:
				return getFitStages();
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
			case HyperloraPackage.TRAINING_SETTINGS__COLLOCATION_POINTS:
				setCollocationPoints((Integer)newValue);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__SAMPLER:
				setSampler((SamplerKind)newValue);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__BOUNDARY_POINTS:
				setBoundaryPoints((Integer)newValue);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES:
				getBaseStages().clear();
				getBaseStages().addAll((Collection<? extends OptimizerStage>)newValue);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES:
				getFitStages().clear();
				getFitStages().addAll((Collection<? extends OptimizerStage>)newValue);
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
			case HyperloraPackage.TRAINING_SETTINGS__COLLOCATION_POINTS:
				setCollocationPoints(COLLOCATION_POINTS_EDEFAULT);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__SAMPLER:
				setSampler(SAMPLER_EDEFAULT);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__BOUNDARY_POINTS:
				setBoundaryPoints(BOUNDARY_POINTS_EDEFAULT);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES:
				getBaseStages().clear();
				return;
			case HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES:
				getFitStages().clear();
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
			case HyperloraPackage.TRAINING_SETTINGS__COLLOCATION_POINTS:
				return collocationPoints != COLLOCATION_POINTS_EDEFAULT;
			case HyperloraPackage.TRAINING_SETTINGS__SAMPLER:
				return sampler != SAMPLER_EDEFAULT;
			case HyperloraPackage.TRAINING_SETTINGS__BOUNDARY_POINTS:
				return boundaryPoints != BOUNDARY_POINTS_EDEFAULT;
			case HyperloraPackage.TRAINING_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case HyperloraPackage.TRAINING_SETTINGS__BASE_STAGES:
				return baseStages != null && !baseStages.isEmpty();
			case HyperloraPackage.TRAINING_SETTINGS__FIT_STAGES:
				return fitStages != null && !fitStages.isEmpty();
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
		result.append(" (collocationPoints: ");
		result.append(collocationPoints);
		result.append(", sampler: ");
		result.append(sampler);
		result.append(", boundaryPoints: ");
		result.append(boundaryPoints);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //TrainingSettingsImpl
