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
import org.hyperlora.model.NetworkSettings;
import org.hyperlora.model.Precision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.NetworkSettingsImpl#getHiddenWidths <em>Hidden Widths</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.NetworkSettingsImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.NetworkSettingsImpl#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.NetworkSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.NetworkSettingsImpl#isPeriodicEmbedding <em>Periodic Embedding</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkSettingsImpl extends MinimalEObjectImpl.Container implements NetworkSettings {
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
	 * The default value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final Precision PRECISION_EDEFAULT = Precision.FLOAT64;

	/**
	 * The cached value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected Precision precision = PRECISION_EDEFAULT;

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
	 * The default value of the '{@link #isPeriodicEmbedding() <em>Periodic Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodicEmbedding()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERIODIC_EMBEDDING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeriodicEmbedding() <em>Periodic Embedding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodicEmbedding()
	 * @generated
	 * @ordered
	 */
	protected boolean periodicEmbedding = PERIODIC_EMBEDDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.NETWORK_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getHiddenWidths() {
		if (hiddenWidths == null) {
			hiddenWidths = new EDataTypeEList<Integer>(Integer.class, this, HyperloraPackage.NETWORK_SETTINGS__HIDDEN_WIDTHS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.NETWORK_SETTINGS__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Precision getPrecision() {
		return precision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecision(Precision newPrecision) {
		Precision oldPrecision = precision;
		precision = newPrecision == null ? PRECISION_EDEFAULT : newPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.NETWORK_SETTINGS__PRECISION, oldPrecision, precision));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.NETWORK_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeriodicEmbedding() {
		return periodicEmbedding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodicEmbedding(boolean newPeriodicEmbedding) {
		boolean oldPeriodicEmbedding = periodicEmbedding;
		periodicEmbedding = newPeriodicEmbedding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.NETWORK_SETTINGS__PERIODIC_EMBEDDING, oldPeriodicEmbedding, periodicEmbedding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.NETWORK_SETTINGS__HIDDEN_WIDTHS:
				return getHiddenWidths();
			case HyperloraPackage.NETWORK_SETTINGS__ACTIVATION:
				return getActivation();
			case HyperloraPackage.NETWORK_SETTINGS__PRECISION:
				return getPrecision();
			case HyperloraPackage.NETWORK_SETTINGS__SEED:
				return getSeed();
			case HyperloraPackage.NETWORK_SETTINGS__PERIODIC_EMBEDDING:
				return isPeriodicEmbedding();
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
			case HyperloraPackage.NETWORK_SETTINGS__HIDDEN_WIDTHS:
				getHiddenWidths().clear();
				getHiddenWidths().addAll((Collection<? extends Integer>)newValue);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__ACTIVATION:
				setActivation((ActivationKind)newValue);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__PRECISION:
				setPrecision((Precision)newValue);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__PERIODIC_EMBEDDING:
				setPeriodicEmbedding((Boolean)newValue);
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
			case HyperloraPackage.NETWORK_SETTINGS__HIDDEN_WIDTHS:
				getHiddenWidths().clear();
				return;
			case HyperloraPackage.NETWORK_SETTINGS__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__PRECISION:
				setPrecision(PRECISION_EDEFAULT);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case HyperloraPackage.NETWORK_SETTINGS__PERIODIC_EMBEDDING:
				setPeriodicEmbedding(PERIODIC_EMBEDDING_EDEFAULT);
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
			case HyperloraPackage.NETWORK_SETTINGS__HIDDEN_WIDTHS:
				return hiddenWidths != null && !hiddenWidths.isEmpty();
			case HyperloraPackage.NETWORK_SETTINGS__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case HyperloraPackage.NETWORK_SETTINGS__PRECISION:
				return precision != PRECISION_EDEFAULT;
			case HyperloraPackage.NETWORK_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case HyperloraPackage.NETWORK_SETTINGS__PERIODIC_EMBEDDING:
				return periodicEmbedding != PERIODIC_EMBEDDING_EDEFAULT;
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
		result.append(", precision: ");
		result.append(precision);
		result.append(", seed: ");
		result.append(seed);
		result.append(", periodicEmbedding: ");
		result.append(periodicEmbedding);
		result.append(')');
		return result.toString();
	}

} //NetworkSettingsImpl
