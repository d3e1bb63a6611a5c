/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.Sphere;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sphere</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.SphereImpl#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.SphereImpl#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.SphereImpl#getCenterZ <em>Center Z</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.SphereImpl#getRadius <em>Radius</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SphereImpl extends ShapeImpl implements Sphere {
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
	 * The default value of the '{@link #getCenterZ() <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterZ()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTER_Z_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenterZ() <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterZ()
	 * @generated
	 * @ordered
	 */
	protected String centerZ = CENTER_Z_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadius() <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadius()
	 * @generated
	 * @ordered
	 */
	protected static final String RADIUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRadius() <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadius()
	 * @generated
	 * @ordered
	 */
	protected String radius = RADIUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SphereImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.SPHERE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.SPHERE__CENTER_X, oldCenterX, centerX));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.SPHERE__CENTER_Y, oldCenterY, centerY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCenterZ() {
		return centerZ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterZ(String newCenterZ) {
		String oldCenterZ = centerZ;
		centerZ = newCenterZ;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.SPHERE__CENTER_Z, oldCenterZ, centerZ));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRadius() {
		return radius;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadius(String newRadius) {
		String oldRadius = radius;
		radius = newRadius;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.SPHERE__RADIUS, oldRadius, radius));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.SPHERE__CENTER_X:
				return getCenterX();
			case HyperloraPackage.SPHERE__CENTER_Y:
				return getCenterY();
			case HyperloraPackage.SPHERE__CENTER_Z:
				return getCenterZ();
			case HyperloraPackage.SPHERE__RADIUS:
				return getRadius();
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
			case HyperloraPackage.SPHERE__CENTER_X:
				setCenterX((String)newValue);
				return;
			case HyperloraPackage.SPHERE__CENTER_Y:
				setCenterY((String)newValue);
				return;
			case HyperloraPackage.SPHERE__CENTER_Z:
				setCenterZ((String)newValue);
				return;
			case HyperloraPackage.SPHERE__RADIUS:
				setRadius((String)newValue);
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
			case HyperloraPackage.SPHERE__CENTER_X:
				setCenterX(CENTER_X_EDEFAULT);
				return;
			case HyperloraPackage.SPHERE__CENTER_Y:
				setCenterY(CENTER_Y_EDEFAULT);
				return;
			case HyperloraPackage.SPHERE__CENTER_Z:
				setCenterZ(CENTER_Z_EDEFAULT);
				return;
			case HyperloraPackage.SPHERE__RADIUS:
				setRadius(RADIUS_EDEFAULT);
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
			case HyperloraPackage.SPHERE__CENTER_X:
				return CENTER_X_EDEFAULT == null ? centerX != null : !CENTER_X_EDEFAULT.equals(centerX);
			case HyperloraPackage.SPHERE__CENTER_Y:
				return CENTER_Y_EDEFAULT == null ? centerY != null : !CENTER_Y_EDEFAULT.equals(centerY);
			case HyperloraPackage.SPHERE__CENTER_Z:
				return CENTER_Z_EDEFAULT == null ? centerZ != null : !CENTER_Z_EDEFAULT.equals(centerZ);
			case HyperloraPackage.SPHERE__RADIUS:
				return RADIUS_EDEFAULT == null ? radius != null : !RADIUS_EDEFAULT.equals(radius);
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
		result.append(", centerZ: ");
		result.append(centerZ);
		result.append(", radius: ");
		result.append(radius);
		result.append(')');
		return result.toString();
	}

} //SphereImpl
