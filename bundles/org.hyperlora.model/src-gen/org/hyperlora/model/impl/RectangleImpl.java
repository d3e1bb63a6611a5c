/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Rectangle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rectangle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.RectangleImpl#getXmin <em>Xmin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.RectangleImpl#getYmin <em>Ymin</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.RectangleImpl#getXmax <em>Xmax</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.RectangleImpl#getYmax <em>Ymax</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RectangleImpl extends ShapeImpl implements Rectangle {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectangleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.RECTANGLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.RECTANGLE__XMIN, oldXmin, xmin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.RECTANGLE__YMIN, oldYmin, ymin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.RECTANGLE__XMAX, oldXmax, xmax));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.RECTANGLE__YMAX, oldYmax, ymax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.RECTANGLE__XMIN:
				return getXmin();
			case HyperloraPackage.RECTANGLE__YMIN:
				return getYmin();
			case HyperloraPackage.RECTANGLE__XMAX:
				return getXmax();
			case HyperloraPackage.RECTANGLE__YMAX:
				return getYmax();
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
			case HyperloraPackage.RECTANGLE__XMIN:
				setXmin((String)newValue);
				return;
			case HyperloraPackage.RECTANGLE__YMIN:
				setYmin((String)newValue);
				return;
			case HyperloraPackage.RECTANGLE__XMAX:
				setXmax((String)newValue);
				return;
			case HyperloraPackage.RECTANGLE__YMAX:
				setYmax((String)newValue);
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
			case HyperloraPackage.RECTANGLE__XMIN:
				setXmin(XMIN_EDEFAULT);
				return;
			case HyperloraPackage.RECTANGLE__YMIN:
				setYmin(YMIN_EDEFAULT);
				return;
			case HyperloraPackage.RECTANGLE__XMAX:
				setXmax(XMAX_EDEFAULT);
				return;
			case HyperloraPackage.RECTANGLE__YMAX:
				setYmax(YMAX_EDEFAULT);
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
			case HyperloraPackage.RECTANGLE__XMIN:
				return XMIN_EDEFAULT == null ? xmin != null : !XMIN_EDEFAULT.equals(xmin);
			case HyperloraPackage.RECTANGLE__YMIN:
				return YMIN_EDEFAULT == null ? ymin != null : !YMIN_EDEFAULT.equals(ymin);
			case HyperloraPackage.RECTANGLE__XMAX:
				return XMAX_EDEFAULT == null ? xmax != null : !XMAX_EDEFAULT.equals(xmax);
			case HyperloraPackage.RECTANGLE__YMAX:
				return YMAX_EDEFAULT == null ? ymax != null : !YMAX_EDEFAULT.equals(ymax);
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
		result.append(", xmax: ");
		result.append(xmax);
		result.append(", ymax: ");
		result.append(ymax);
		result.append(')');
		return result.toString();
	}

} //RectangleImpl
