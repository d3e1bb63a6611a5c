/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.Scale;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Parameter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getLower <em>Lower</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getReferenceValue <em>Reference Value</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getValidAbove <em>Valid Above</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.ParameterImpl#getValidBelow <em>Valid Below</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParameterImpl extends SymbolImpl implements Parameter {
	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected static final double LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected double lower = LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double UPPER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected double upper = UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final Scale SCALE_EDEFAULT = Scale.LINEAR;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Scale scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceValue() <em>Reference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceValue()
	 * @generated
	 * @ordered
	 */
	protected static final double REFERENCE_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getReferenceValue() <em>Reference Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceValue()
	 * @generated
	 * @ordered
	 */
	protected double referenceValue = REFERENCE_VALUE_EDEFAULT;

	/**
	 * This is true if the Reference Value attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean referenceValueESet;

	/**
	 * The default value of the '{@link #getValidAbove() <em>Valid Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidAbove()
	 * @generated
	 * @ordered
	 */
	protected static final double VALID_ABOVE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidAbove() <em>Valid Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidAbove()
	 * @generated
	 * @ordered
	 */
	protected double validAbove = VALID_ABOVE_EDEFAULT;

	/**
	 * This is true if the Valid Above attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean validAboveESet;

	/**
	 * The default value of the '{@link #getValidBelow() <em>Valid Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidBelow()
	 * @generated
	 * @ordered
	 */
	protected static final double VALID_BELOW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidBelow() <em>Valid Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidBelow()
	 * @generated
	 * @ordered
	 */
	protected double validBelow = VALID_BELOW_EDEFAULT;

	/**
	 * This is true if the Valid Below attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean validBelowESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParameterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.PARAMETER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLower() {
		return lower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLower(double newLower) {
		double oldLower = lower;
		lower = newLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__LOWER, oldLower, lower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUpper() {
		return upper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpper(double newUpper) {
		double oldUpper = upper;
		upper = newUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__UPPER, oldUpper, upper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Scale newScale) {
		Scale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReferenceValue() {
		return referenceValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceValue(double newReferenceValue) {
		double oldReferenceValue = referenceValue;
		referenceValue = newReferenceValue;
		boolean oldReferenceValueESet = referenceValueESet;
		referenceValueESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__REFERENCE_VALUE, oldReferenceValue, referenceValue, !oldReferenceValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReferenceValue() {
		double oldReferenceValue = referenceValue;
		boolean oldReferenceValueESet = referenceValueESet;
		referenceValue = REFERENCE_VALUE_EDEFAULT;
		referenceValueESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HyperloraPackage.PARAMETER__REFERENCE_VALUE, oldReferenceValue, REFERENCE_VALUE_EDEFAULT, oldReferenceValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReferenceValue() {
		return referenceValueESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidAbove() {
		return validAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidAbove(double newValidAbove) {
		double oldValidAbove = validAbove;
		validAbove = newValidAbove;
		boolean oldValidAboveESet = validAboveESet;
		validAboveESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__VALID_ABOVE, oldValidAbove, validAbove, !oldValidAboveESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetValidAbove() {
		double oldValidAbove = validAbove;
		boolean oldValidAboveESet = validAboveESet;
		validAbove = VALID_ABOVE_EDEFAULT;
		validAboveESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HyperloraPackage.PARAMETER__VALID_ABOVE, oldValidAbove, VALID_ABOVE_EDEFAULT, oldValidAboveESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetValidAbove() {
		return validAboveESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidBelow() {
		return validBelow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidBelow(double newValidBelow) {
		double oldValidBelow = validBelow;
		validBelow = newValidBelow;
		boolean oldValidBelowESet = validBelowESet;
		validBelowESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.PARAMETER__VALID_BELOW, oldValidBelow, validBelow, !oldValidBelowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetValidBelow() {
		double oldValidBelow = validBelow;
		boolean oldValidBelowESet = validBelowESet;
		validBelow = VALID_BELOW_EDEFAULT;
		validBelowESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HyperloraPackage.PARAMETER__VALID_BELOW, oldValidBelow, VALID_BELOW_EDEFAULT, oldValidBelowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetValidBelow() {
		return validBelowESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.PARAMETER__UNIT:
				return getUnit();
			case HyperloraPackage.PARAMETER__LOWER:
				return getLower();
			case HyperloraPackage.PARAMETER__UPPER:
				return getUpper();
			case HyperloraPackage.PARAMETER__SCALE:
				return getScale();
			case HyperloraPackage.PARAMETER__REFERENCE_VALUE:
				return getReferenceValue();
			case HyperloraPackage.PARAMETER__VALID_ABOVE:
				return getValidAbove();
			case HyperloraPackage.PARAMETER__VALID_BELOW:
				return getValidBelow();
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
			case HyperloraPackage.PARAMETER__UNIT:
				setUnit((String)newValue);
				return;
			case HyperloraPackage.PARAMETER__LOWER:
				setLower((Double)newValue);
				return;
			case HyperloraPackage.PARAMETER__UPPER:
				setUpper((Double)newValue);
				return;
			case HyperloraPackage.PARAMETER__SCALE:
				setScale((Scale)newValue);
				return;
			case HyperloraPackage.PARAMETER__REFERENCE_VALUE:
				setReferenceValue((Double)newValue);
				return;
			case HyperloraPackage.PARAMETER__VALID_ABOVE:
				setValidAbove((Double)newValue);
				return;
			case HyperloraPackage.PARAMETER__VALID_BELOW:
				setValidBelow((Double)newValue);
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
			case HyperloraPackage.PARAMETER__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case HyperloraPackage.PARAMETER__LOWER:
				setLower(LOWER_EDEFAULT);
				return;
			case HyperloraPackage.PARAMETER__UPPER:
				setUpper(UPPER_EDEFAULT);
				return;
			case HyperloraPackage.PARAMETER__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case HyperloraPackage.PARAMETER__REFERENCE_VALUE:
				unsetReferenceValue();
				return;
			case HyperloraPackage.PARAMETER__VALID_ABOVE:
				unsetValidAbove();
				return;
			case HyperloraPackage.PARAMETER__VALID_BELOW:
				unsetValidBelow();
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
			case HyperloraPackage.PARAMETER__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case HyperloraPackage.PARAMETER__LOWER:
				return lower != LOWER_EDEFAULT;
			case HyperloraPackage.PARAMETER__UPPER:
				return upper != UPPER_EDEFAULT;
			case HyperloraPackage.PARAMETER__SCALE:
				return scale != SCALE_EDEFAULT;
			case HyperloraPackage.PARAMETER__REFERENCE_VALUE:
				return isSetReferenceValue();
			case HyperloraPackage.PARAMETER__VALID_ABOVE:
				return isSetValidAbove();
			case HyperloraPackage.PARAMETER__VALID_BELOW:
				return isSetValidBelow();
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
		result.append(" (unit: ");
		result.append(unit);
		result.append(", lower: ");
		result.append(lower);
		result.append(", upper: ");
		result.append(upper);
		result.append(", scale: ");
		result.append(scale);
		result.append(", referenceValue: ");
		if (referenceValueESet) result.append(referenceValue); else result.append("<unset>");
		result.append(", validAbove: ");
		if (validAboveESet) result.append(validAbove); else result.append("<unset>");
		result.append(", validBelow: ");
		if (validBelowESet) result.append(validBelow); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ParameterImpl
