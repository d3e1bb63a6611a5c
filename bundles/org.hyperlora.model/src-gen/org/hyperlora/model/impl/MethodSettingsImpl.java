/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.LoraSettings;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.NetworkSettings;
import org.hyperlora.model.SurrogateKind;
import org.hyperlora.model.TrainingSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Method Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.MethodSettingsImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.MethodSettingsImpl#getLora <em>Lora</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.MethodSettingsImpl#getHypernetwork <em>Hypernetwork</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.MethodSettingsImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.MethodSettingsImpl#getSurrogateKind <em>Surrogate Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MethodSettingsImpl extends MinimalEObjectImpl.Container implements MethodSettings {
	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected NetworkSettings network;

	/**
	 * The cached value of the '{@link #getLora() <em>Lora</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLora()
	 * @generated
	 * @ordered
	 */
	protected LoraSettings lora;

	/**
	 * The cached value of the '{@link #getHypernetwork() <em>Hypernetwork</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypernetwork()
	 * @generated
	 * @ordered
	 */
	protected HypernetworkSettings hypernetwork;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSettings training;

	/**
	 * The default value of the '{@link #getSurrogateKind() <em>Surrogate Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurrogateKind()
	 * @generated
	 * @ordered
	 */
	protected static final SurrogateKind SURROGATE_KIND_EDEFAULT = SurrogateKind.HYPERLORA;

	/**
	 * The cached value of the '{@link #getSurrogateKind() <em>Surrogate Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurrogateKind()
	 * @generated
	 * @ordered
	 */
	protected SurrogateKind surrogateKind = SURROGATE_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MethodSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.METHOD_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSettings getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetwork(NetworkSettings newNetwork, NotificationChain msgs) {
		NetworkSettings oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__NETWORK, oldNetwork, newNetwork);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(NetworkSettings newNetwork) {
		if (newNetwork != network) {
			NotificationChain msgs = null;
			if (network != null)
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__NETWORK, newNetwork, newNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoraSettings getLora() {
		return lora;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLora(LoraSettings newLora, NotificationChain msgs) {
		LoraSettings oldLora = lora;
		lora = newLora;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__LORA, oldLora, newLora);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLora(LoraSettings newLora) {
		if (newLora != lora) {
			NotificationChain msgs = null;
			if (lora != null)
				msgs = ((InternalEObject)lora).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__LORA, null, msgs);
			if (newLora != null)
				msgs = ((InternalEObject)newLora).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__LORA, null, msgs);
			msgs = basicSetLora(newLora, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__LORA, newLora, newLora));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypernetworkSettings getHypernetwork() {
		return hypernetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHypernetwork(HypernetworkSettings newHypernetwork, NotificationChain msgs) {
		HypernetworkSettings oldHypernetwork = hypernetwork;
		hypernetwork = newHypernetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK, oldHypernetwork, newHypernetwork);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypernetwork(HypernetworkSettings newHypernetwork) {
		if (newHypernetwork != hypernetwork) {
			NotificationChain msgs = null;
			if (hypernetwork != null)
				msgs = ((InternalEObject)hypernetwork).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK, null, msgs);
			if (newHypernetwork != null)
				msgs = ((InternalEObject)newHypernetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK, null, msgs);
			msgs = basicSetHypernetwork(newHypernetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK, newHypernetwork, newHypernetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSettings getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSettings newTraining, NotificationChain msgs) {
		TrainingSettings oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__TRAINING, oldTraining, newTraining);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraining(TrainingSettings newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HyperloraPackage.METHOD_SETTINGS__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurrogateKind getSurrogateKind() {
		return surrogateKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurrogateKind(SurrogateKind newSurrogateKind) {
		SurrogateKind oldSurrogateKind = surrogateKind;
		surrogateKind = newSurrogateKind == null ? SURROGATE_KIND_EDEFAULT : newSurrogateKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.METHOD_SETTINGS__SURROGATE_KIND, oldSurrogateKind, surrogateKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HyperloraPackage.METHOD_SETTINGS__NETWORK:
				return basicSetNetwork(null, msgs);
			case HyperloraPackage.METHOD_SETTINGS__LORA:
				return basicSetLora(null, msgs);
			case HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK:
				return basicSetHypernetwork(null, msgs);
			case HyperloraPackage.METHOD_SETTINGS__TRAINING:
				return basicSetTraining(null, msgs);
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
			case HyperloraPackage.METHOD_SETTINGS__NETWORK:
				return getNetwork();
			case HyperloraPackage.METHOD_SETTINGS__LORA:
				return getLora();
			case HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK:
				return getHypernetwork();
			case HyperloraPackage.METHOD_SETTINGS__TRAINING:
				return getTraining();
			case HyperloraPackage.METHOD_SETTINGS__SURROGATE_KIND:
				return getSurrogateKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HyperloraPackage.METHOD_SETTINGS__NETWORK:
				setNetwork((NetworkSettings)newValue);
				return;
			case HyperloraPackage.METHOD_SETTINGS__LORA:
				setLora((LoraSettings)newValue);
				return;
			case HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK:
				setHypernetwork((HypernetworkSettings)newValue);
				return;
			case HyperloraPackage.METHOD_SETTINGS__TRAINING:
				setTraining((TrainingSettings)newValue);
				return;
			case HyperloraPackage.METHOD_SETTINGS__SURROGATE_KIND:
				setSurrogateKind((SurrogateKind)newValue);
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
			case HyperloraPackage.METHOD_SETTINGS__NETWORK:
				setNetwork((NetworkSettings)null);
				return;
			case HyperloraPackage.METHOD_SETTINGS__LORA:
				setLora((LoraSettings)null);
				return;
			case HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK:
				setHypernetwork((HypernetworkSettings)null);
				return;
			case HyperloraPackage.METHOD_SETTINGS__TRAINING:
				setTraining((TrainingSettings)null);
				return;
			case HyperloraPackage.METHOD_SETTINGS__SURROGATE_KIND:
				setSurrogateKind(SURROGATE_KIND_EDEFAULT);
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
			case HyperloraPackage.METHOD_SETTINGS__NETWORK:
				return network != null;
			case HyperloraPackage.METHOD_SETTINGS__LORA:
				return lora != null;
			case HyperloraPackage.METHOD_SETTINGS__HYPERNETWORK:
				return hypernetwork != null;
			case HyperloraPackage.METHOD_SETTINGS__TRAINING:
				return training != null;
			case HyperloraPackage.METHOD_SETTINGS__SURROGATE_KIND:
				return surrogateKind != SURROGATE_KIND_EDEFAULT;
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
		result.append(" (surrogateKind: ");
		result.append(surrogateKind);
		result.append(')');
		return result.toString();
	}

} //MethodSettingsImpl
