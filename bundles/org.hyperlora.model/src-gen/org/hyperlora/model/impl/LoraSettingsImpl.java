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

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.LoraSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lora Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.LoraSettingsImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.LoraSettingsImpl#getRanksPerLayer <em>Ranks Per Layer</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.LoraSettingsImpl#isAdaptBiases <em>Adapt Biases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoraSettingsImpl extends MinimalEObjectImpl.Container implements LoraSettings {
	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final int RANK_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected int rank = RANK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRanksPerLayer() <em>Ranks Per Layer</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanksPerLayer()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> ranksPerLayer;

	/**
	 * The default value of the '{@link #isAdaptBiases() <em>Adapt Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdaptBiases()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADAPT_BIASES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdaptBiases() <em>Adapt Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdaptBiases()
	 * @generated
	 * @ordered
	 */
	protected boolean adaptBiases = ADAPT_BIASES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoraSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.LORA_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(int newRank) {
		int oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.LORA_SETTINGS__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getRanksPerLayer() {
		if (ranksPerLayer == null) {
			ranksPerLayer = new EDataTypeEList<Integer>(Integer.class, this, HyperloraPackage.LORA_SETTINGS__RANKS_PER_LAYER);
		}
		return ranksPerLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdaptBiases() {
		return adaptBiases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptBiases(boolean newAdaptBiases) {
		boolean oldAdaptBiases = adaptBiases;
		adaptBiases = newAdaptBiases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.LORA_SETTINGS__ADAPT_BIASES, oldAdaptBiases, adaptBiases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.LORA_SETTINGS__RANK:
				return getRank();
			case HyperloraPackage.LORA_SETTINGS__RANKS_PER_LAYER:
				return getRanksPerLayer();
			case HyperloraPackage.LORA_SETTINGS__ADAPT_BIASES:
				return isAdaptBiases();
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
			case HyperloraPackage.LORA_SETTINGS__RANK:
				setRank((Integer)newValue);
				return;
			case HyperloraPackage.LORA_SETTINGS__RANKS_PER_LAYER:
				getRanksPerLayer().clear();
				getRanksPerLayer().addAll((Collection<? extends Integer>)newValue);
				return;
			case HyperloraPackage.LORA_SETTINGS__ADAPT_BIASES:
				setAdaptBiases((Boolean)newValue);
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
			case HyperloraPackage.LORA_SETTINGS__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case HyperloraPackage.LORA_SETTINGS__RANKS_PER_LAYER:
				getRanksPerLayer().clear();
				return;
			case HyperloraPackage.LORA_SETTINGS__ADAPT_BIASES:
				setAdaptBiases(ADAPT_BIASES_EDEFAULT);
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
			case HyperloraPackage.LORA_SETTINGS__RANK:
				return rank != RANK_EDEFAULT;
			case HyperloraPackage.LORA_SETTINGS__RANKS_PER_LAYER:
				return ranksPerLayer != null && !ranksPerLayer.isEmpty();
			case HyperloraPackage.LORA_SETTINGS__ADAPT_BIASES:
				return adaptBiases != ADAPT_BIASES_EDEFAULT;
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
		result.append(" (rank: ");
		result.append(rank);
		result.append(", ranksPerLayer: ");
		result.append(ranksPerLayer);
		result.append(", adaptBiases: ");
		result.append(adaptBiases);
		result.append(')');
		return result.toString();
	}

} //LoraSettingsImpl
