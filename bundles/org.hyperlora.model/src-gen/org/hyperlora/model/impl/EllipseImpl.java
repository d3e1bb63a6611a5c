/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.Ellipse;
import org.hyperlora.model.HyperloraPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ellipse</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.EllipseImpl#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.EllipseImpl#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.EllipseImpl#getRadiusX <em>Radius X</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.EllipseImpl#getRadiusY <em>Radius Y</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EllipseImpl extends ShapeImpl implements Ellipse {
	/**
	 * The default value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTER_X_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected String centerX = CENTER_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTER_Y_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected String centerY = CENTER_Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadiusX() <em>Radius X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiusX()
	 * @generated
	 * @ordered
	 */
	protected static final String RADIUS_X_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRadiusX() <em>Radius X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiusX()
	 * @generated
	 * @ordered
	 */
	protected String radiusX = RADIUS_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadiusY() <em>Radius Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiusY()
	 * @generated
	 * @ordered
	 */
	protected static final String RADIUS_Y_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRadiusY() <em>Radius Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiusY()
	 * @generated
	 * @ordered
	 */
	protected String radiusY = RADIUS_Y_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EllipseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.ELLIPSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCenterX() {
		return centerX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterX(String newCenterX) {
		String oldCenterX = centerX;
		centerX = newCenterX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.ELLIPSE__CENTER_X, oldCenterX, centerX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCenterY() {
		return centerY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterY(String newCenterY) {
		String oldCenterY = centerY;
		centerY = newCenterY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.ELLIPSE__CENTER_Y, oldCenterY, centerY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRadiusX() {
		return radiusX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadiusX(String newRadiusX) {
		String oldRadiusX = radiusX;
		radiusX = newRadiusX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.ELLIPSE__RADIUS_X, oldRadiusX, radiusX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRadiusY() {
		return radiusY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadiusY(String newRadiusY) {
		String oldRadiusY = radiusY;
		radiusY = newRadiusY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.ELLIPSE__RADIUS_Y, oldRadiusY, radiusY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.ELLIPSE__CENTER_X:
				return getCenterX();
			case HyperloraPackage.ELLIPSE__CENTER_Y:
				return getCenterY();
			case HyperloraPackage.ELLIPSE__RADIUS_X:
				return getRadiusX();
			case HyperloraPackage.ELLIPSE__RADIUS_Y:
				return getRadiusY();
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
			case HyperloraPackage.ELLIPSE__CENTER_X:
				setCenterX((String)newValue);
				return;
			case HyperloraPackage.ELLIPSE__CENTER_Y:
				setCenterY((String)newValue);
				return;
			case HyperloraPackage.ELLIPSE__RADIUS_X:
				setRadiusX((String)newValue);
				return;
			case HyperloraPackage.ELLIPSE__RADIUS_Y:
				setRadiusY((String)newValue);
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
			case HyperloraPackage.ELLIPSE__CENTER_X:
				setCenterX(CENTER_X_EDEFAULT);
				return;
			case HyperloraPackage.ELLIPSE__CENTER_Y:
				setCenterY(CENTER_Y_EDEFAULT);
				return;
			case HyperloraPackage.ELLIPSE__RADIUS_X:
				setRadiusX(RADIUS_X_EDEFAULT);
				return;
			case HyperloraPackage.ELLIPSE__RADIUS_Y:
				setRadiusY(RADIUS_Y_EDEFAULT);
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
			case HyperloraPackage.ELLIPSE__CENTER_X:
				return CENTER_X_EDEFAULT == null ? centerX != null : !CENTER_X_EDEFAULT.equals(centerX);
			case HyperloraPackage.ELLIPSE__CENTER_Y:
				return CENTER_Y_EDEFAULT == null ? centerY != null : !CENTER_Y_EDEFAULT.equals(centerY);
			case HyperloraPackage.ELLIPSE__RADIUS_X:
				return RADIUS_X_EDEFAULT == null ? radiusX != null : !RADIUS_X_EDEFAULT.equals(radiusX);
			case HyperloraPackage.ELLIPSE__RADIUS_Y:
				return RADIUS_Y_EDEFAULT == null ? radiusY != null : !RADIUS_Y_EDEFAULT.equals(radiusY);
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
		result.append(" (centerX: ");
		result.append(centerX);
		result.append(", centerY: ");
		result.append(centerY);
		result.append(", radiusX: ");
		result.append(radiusX);
		result.append(", radiusY: ");
		result.append(radiusY);
		result.append(')');
		return result.toString();
	}

} //EllipseImpl
