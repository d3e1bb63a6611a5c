/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.Box;
import org.hyperlora.model.HyperloraPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Box</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getXmin <em>Xmin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getYmin <em>Ymin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getZmin <em>Zmin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getXmax <em>Xmax</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getYmax <em>Ymax</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.BoxImpl#getZmax <em>Zmax</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoxImpl extends ShapeImpl implements Box {
	/**
	 * The default value of the '{@link #getXmin() <em>Xmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXmin()
	 * @generated
	 * @ordered
	 */
	protected static final String XMIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXmin() <em>Xmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXmin()
	 * @generated
	 * @ordered
	 */
	protected String xmin = XMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getYmin() <em>Ymin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYmin()
	 * @generated
	 * @ordered
	 */
	protected static final String YMIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYmin() <em>Ymin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYmin()
	 * @generated
	 * @ordered
	 */
	protected String ymin = YMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getZmin() <em>Zmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZmin()
	 * @generated
	 * @ordered
	 */
	protected static final String ZMIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZmin() <em>Zmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZmin()
	 * @generated
	 * @ordered
	 */
	protected String zmin = ZMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getXmax() <em>Xmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXmax()
	 * @generated
	 * @ordered
	 */
	protected static final String XMAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXmax() <em>Xmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXmax()
	 * @generated
	 * @ordered
	 */
	protected String xmax = XMAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getYmax() <em>Ymax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYmax()
	 * @generated
	 * @ordered
	 */
	protected static final String YMAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYmax() <em>Ymax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYmax()
	 * @generated
	 * @ordered
	 */
	protected String ymax = YMAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getZmax() <em>Zmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZmax()
	 * @generated
	 * @ordered
	 */
	protected static final String ZMAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZmax() <em>Zmax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZmax()
	 * @generated
	 * @ordered
	 */
	protected String zmax = ZMAX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoxImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.BOX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXmin() {
		return xmin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXmin(String newXmin) {
		String oldXmin = xmin;
		xmin = newXmin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__XMIN, oldXmin, xmin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYmin() {
		return ymin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYmin(String newYmin) {
		String oldYmin = ymin;
		ymin = newYmin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__YMIN, oldYmin, ymin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZmin() {
		return zmin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZmin(String newZmin) {
		String oldZmin = zmin;
		zmin = newZmin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__ZMIN, oldZmin, zmin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXmax() {
		return xmax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXmax(String newXmax) {
		String oldXmax = xmax;
		xmax = newXmax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__XMAX, oldXmax, xmax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYmax() {
		return ymax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYmax(String newYmax) {
		String oldYmax = ymax;
		ymax = newYmax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__YMAX, oldYmax, ymax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZmax() {
		return zmax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZmax(String newZmax) {
		String oldZmax = zmax;
		zmax = newZmax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.BOX__ZMAX, oldZmax, zmax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.BOX__XMIN:
				return getXmin();
			case HyperloraPackage.BOX__YMIN:
				return getYmin();
			case HyperloraPackage.BOX__ZMIN:
				return getZmin();
			case HyperloraPackage.BOX__XMAX:
				return getXmax();
			case HyperloraPackage.BOX__YMAX:
				return getYmax();
			case HyperloraPackage.BOX__ZMAX:
				return getZmax();
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
			case HyperloraPackage.BOX__XMIN:
				setXmin((String)newValue);
				return;
			case HyperloraPackage.BOX__YMIN:
				setYmin((String)newValue);
				return;
			case HyperloraPackage.BOX__ZMIN:
				setZmin((String)newValue);
				return;
			case HyperloraPackage.BOX__XMAX:
				setXmax((String)newValue);
				return;
			case HyperloraPackage.BOX__YMAX:
				setYmax((String)newValue);
				return;
			case HyperloraPackage.BOX__ZMAX:
				setZmax((String)newValue);
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
			case HyperloraPackage.BOX__XMIN:
				setXmin(XMIN_EDEFAULT);
				return;
			case HyperloraPackage.BOX__YMIN:
				setYmin(YMIN_EDEFAULT);
				return;
			case HyperloraPackage.BOX__ZMIN:
				setZmin(ZMIN_EDEFAULT);
				return;
			case HyperloraPackage.BOX__XMAX:
				setXmax(XMAX_EDEFAULT);
				return;
			case HyperloraPackage.BOX__YMAX:
				setYmax(YMAX_EDEFAULT);
				return;
			case HyperloraPackage.BOX__ZMAX:
				setZmax(ZMAX_EDEFAULT);
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
			case HyperloraPackage.BOX__XMIN:
				return XMIN_EDEFAULT == null ? xmin != null : !XMIN_EDEFAULT.equals(xmin);
			case HyperloraPackage.BOX__YMIN:
				return YMIN_EDEFAULT == null ? ymin != null : !YMIN_EDEFAULT.equals(ymin);
			case HyperloraPackage.BOX__ZMIN:
				return ZMIN_EDEFAULT == null ? zmin != null : !ZMIN_EDEFAULT.equals(zmin);
			case HyperloraPackage.BOX__XMAX:
				return XMAX_EDEFAULT == null ? xmax != null : !XMAX_EDEFAULT.equals(xmax);
			case HyperloraPackage.BOX__YMAX:
				return YMAX_EDEFAULT == null ? ymax != null : !YMAX_EDEFAULT.equals(ymax);
			case HyperloraPackage.BOX__ZMAX:
				return ZMAX_EDEFAULT == null ? zmax != null : !ZMAX_EDEFAULT.equals(zmax);
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
		result.append(" (xmin: ");
		result.append(xmin);
		result.append(", ymin: ");
		result.append(ymin);
		result.append(", zmin: ");
		result.append(zmin);
		result.append(", xmax: ");
		result.append(xmax);
		result.append(", ymax: ");
		result.append(ymax);
		result.append(", zmax: ");
		result.append(zmax);
		result.append(')');
		return result.toString();
	}

} //BoxImpl
