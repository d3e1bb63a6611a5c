/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.hyperlora.model.Axis;
import org.hyperlora.model.Cylinder;
import org.hyperlora.model.HyperloraPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cylinder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getAxis <em>Axis</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getCenter1 <em>Center1</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getCenter2 <em>Center2</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.hyperlora.model.impl.CylinderImpl#getRadius <em>Radius</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CylinderImpl extends ShapeImpl implements Cylinder {
	/**
	 * The default value of the '{@link #getAxis() <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxis()
	 * @generated
	 * @ordered
	 */
	protected static final Axis AXIS_EDEFAULT = Axis.Z;

	/**
	 * The cached value of the '{@link #getAxis() <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxis()
	 * @generated
	 * @ordered
	 */
	protected Axis axis = AXIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenter1() <em>Center1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenter1()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTER1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenter1() <em>Center1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenter1()
	 * @generated
	 * @ordered
	 */
	protected String center1 = CENTER1_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenter2() <em>Center2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenter2()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTER2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenter2() <em>Center2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenter2()
	 * @generated
	 * @ordered
	 */
	protected String center2 = CENTER2_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final String START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected String start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected String end = END_EDEFAULT;

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
	protected CylinderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HyperloraPackage.Literals.CYLINDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Axis getAxis() {
		return axis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxis(Axis newAxis) {
		Axis oldAxis = axis;
		axis = newAxis == null ? AXIS_EDEFAULT : newAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__AXIS, oldAxis, axis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCenter1() {
		return center1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenter1(String newCenter1) {
		String oldCenter1 = center1;
		center1 = newCenter1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__CENTER1, oldCenter1, center1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCenter2() {
		return center2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenter2(String newCenter2) {
		String oldCenter2 = center2;
		center2 = newCenter2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__CENTER2, oldCenter2, center2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(String newStart) {
		String oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(String newEnd) {
		String oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__END, oldEnd, end));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HyperloraPackage.CYLINDER__RADIUS, oldRadius, radius));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HyperloraPackage.CYLINDER__AXIS:
				return getAxis();
			case HyperloraPackage.CYLINDER__CENTER1:
				return getCenter1();
			case HyperloraPackage.CYLINDER__CENTER2:
				return getCenter2();
			case HyperloraPackage.CYLINDER__START:
				return getStart();
			case HyperloraPackage.CYLINDER__END:
				return getEnd();
			case HyperloraPackage.CYLINDER__RADIUS:
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
			case HyperloraPackage.CYLINDER__AXIS:
				setAxis((Axis)newValue);
				return;
			case HyperloraPackage.CYLINDER__CENTER1:
				setCenter1((String)newValue);
				return;
			case HyperloraPackage.CYLINDER__CENTER2:
				setCenter2((String)newValue);
				return;
			case HyperloraPackage.CYLINDER__START:
				setStart((String)newValue);
				return;
			case HyperloraPackage.CYLINDER__END:
				setEnd((String)newValue);
				return;
			case HyperloraPackage.CYLINDER__RADIUS:
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
			case HyperloraPackage.CYLINDER__AXIS:
				setAxis(AXIS_EDEFAULT);
				return;
			case HyperloraPackage.CYLINDER__CENTER1:
				setCenter1(CENTER1_EDEFAULT);
				return;
			case HyperloraPackage.CYLINDER__CENTER2:
				setCenter2(CENTER2_EDEFAULT);
				return;
			case HyperloraPackage.CYLINDER__START:
				setStart(START_EDEFAULT);
				return;
			case HyperloraPackage.CYLINDER__END:
				setEnd(END_EDEFAULT);
				return;
			case HyperloraPackage.CYLINDER__RADIUS:
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
			case HyperloraPackage.CYLINDER__AXIS:
				return axis != AXIS_EDEFAULT;
			case HyperloraPackage.CYLINDER__CENTER1:
				return CENTER1_EDEFAULT == null ? center1 != null : !CENTER1_EDEFAULT.equals(center1);
			case HyperloraPackage.CYLINDER__CENTER2:
				return CENTER2_EDEFAULT == null ? center2 != null : !CENTER2_EDEFAULT.equals(center2);
			case HyperloraPackage.CYLINDER__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case HyperloraPackage.CYLINDER__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case HyperloraPackage.CYLINDER__RADIUS:
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
		result.append(" (axis: ");
		result.append(axis);
		result.append(", center1: ");
		result.append(center1);
		result.append(", center2: ");
		result.append(center2);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", radius: ");
		result.append(radius);
		result.append(')');
		return result.toString();
	}

} //CylinderImpl
