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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Reference;
import org.hyperlora.model.ReferenceKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.ReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ReferenceImpl#getBuiltin <em>Builtin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ReferenceImpl#getDataFile <em>Data File</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ReferenceImpl#getDataWeight <em>Data Weight</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ReferenceImpl#getMeanShiftedFields <em>Mean Shifted Fields</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceImpl extends MinimalEObjectImpl.Container implements Reference {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReferenceKind KIND_EDEFAULT = ReferenceKind.BUILTIN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReferenceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuiltin() <em>Builtin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuiltin()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILTIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuiltin() <em>Builtin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuiltin()
	 * @generated
	 * @ordered
	 */
	protected String builtin = BUILTIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataFile() <em>Data File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFile()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataFile() <em>Data File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFile()
	 * @generated
	 * @ordered
	 */
	protected String dataFile = DATA_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataWeight() <em>Data Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DATA_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDataWeight() <em>Data Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataWeight()
	 * @generated
	 * @ordered
	 */
	protected double dataWeight = DATA_WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeanShiftedFields() <em>Mean Shifted Fields</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanShiftedFields()
	 * @generated
	 * @ordered
	 */
	protected EList<Field> meanShiftedFields;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReferenceKind newKind) {
		ReferenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.REFERENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuiltin() {
		return builtin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltin(String newBuiltin) {
		String oldBuiltin = builtin;
		builtin = newBuiltin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.REFERENCE__BUILTIN, oldBuiltin, builtin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataFile() {
		return dataFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataFile(String newDataFile) {
		String oldDataFile = dataFile;
		dataFile = newDataFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.REFERENCE__DATA_FILE, oldDataFile, dataFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDataWeight() {
		return dataWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataWeight(double newDataWeight) {
		double oldDataWeight = dataWeight;
		dataWeight = newDataWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.REFERENCE__DATA_WEIGHT, oldDataWeight, dataWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Field> getMeanShiftedFields() {
		if (meanShiftedFields == null) {
			meanShiftedFields = new EObjectResolvingEList<Field>(Field.class, this, HyperloraPackage.REFERENCE__MEAN_SHIFTED_FIELDS);
		}
		return meanShiftedFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.REFERENCE__KIND:
				return getKind();
			case HyperloraPackage.REFERENCE__BUILTIN:
				return getBuiltin();
			case HyperloraPackage.REFERENCE__DATA_FILE:
				return getDataFile();
			case HyperloraPackage.REFERENCE__DATA_WEIGHT:
				return getDataWeight();
			case HyperloraPackage.REFERENCE__MEAN_SHIFTED_FIELDS:
				return getMeanShiftedFields();
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
			case HyperloraPackage.REFERENCE__KIND:
				setKind((ReferenceKind)newValue);
				return;
			case HyperloraPackage.REFERENCE__BUILTIN:
				setBuiltin((String)newValue);
				return;
			case HyperloraPackage.REFERENCE__DATA_FILE:
				setDataFile((String)newValue);
				return;
			case HyperloraPackage.REFERENCE__DATA_WEIGHT:
				setDataWeight((Double)newValue);
				return;
			case HyperloraPackage.REFERENCE__MEAN_SHIFTED_FIELDS:
				getMeanShiftedFields().clear();
				getMeanShiftedFields().addAll((Collection<? extends Field>)newValue);
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
			case HyperloraPackage.REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case HyperloraPackage.REFERENCE__BUILTIN:
				setBuiltin(BUILTIN_EDEFAULT);
				return;
			case HyperloraPackage.REFERENCE__DATA_FILE:
				setDataFile(DATA_FILE_EDEFAULT);
				return;
			case HyperloraPackage.REFERENCE__DATA_WEIGHT:
				setDataWeight(DATA_WEIGHT_EDEFAULT);
				return;
			case HyperloraPackage.REFERENCE__MEAN_SHIFTED_FIELDS:
				getMeanShiftedFields().clear();
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
			case HyperloraPackage.REFERENCE__KIND:
				return kind != KIND_EDEFAULT;
			case HyperloraPackage.REFERENCE__BUILTIN:
				return BUILTIN_EDEFAULT == null ? builtin != null : !BUILTIN_EDEFAULT.equals(builtin);
			case HyperloraPackage.REFERENCE__DATA_FILE:
				return DATA_FILE_EDEFAULT == null ? dataFile != null : !DATA_FILE_EDEFAULT.equals(dataFile);
			case HyperloraPackage.REFERENCE__DATA_WEIGHT:
				return dataWeight != DATA_WEIGHT_EDEFAULT;
			case HyperloraPackage.REFERENCE__MEAN_SHIFTED_FIELDS:
				return meanShiftedFields != null && !meanShiftedFields.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", builtin: ");
		result.append(builtin);
		result.append(", dataFile: ");
		result.append(dataFile);
		result.append(", dataWeight: ");
		result.append(dataWeight);
		result.append(')');
		return result.toString();
	}

} //ReferenceImpl
