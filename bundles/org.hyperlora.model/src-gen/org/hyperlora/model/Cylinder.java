/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cylinder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A solid: the circular cylinder along a coordinate axis; faces side, bottom (its start along the axis), top (its end).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Cylinder#getAxis <em>Axis</em>}</li>
 *   <li>{@link org.hyperlora.model.Cylinder#getCenter1 <em>Center1</em>}</li>
 *   <li>{@link org.hyperlora.model.Cylinder#getCenter2 <em>Center2</em>}</li>
 *   <li>{@link org.hyperlora.model.Cylinder#getStart <em>Start</em>}</li>
 *   <li>{@link org.hyperlora.model.Cylinder#getEnd <em>End</em>}</li>
 *   <li>{@link org.hyperlora.model.Cylinder#getRadius <em>Radius</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getCylinder()
 * @model
 * @generated
 */
public interface Cylinder extends Shape {
	/**
	 * Returns the value of the '<em><b>Axis</b></em>' attribute.
	 * The default value is <code>"z"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.Axis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis</em>' attribute.
	 * @see org.hyperlora.model.Axis
	 * @see #setAxis(Axis)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_Axis()
	 * @model default="z"
	 * @generated
	 */
	Axis getAxis();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getAxis <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' attribute.
	 * @see org.hyperlora.model.Axis
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(Axis value);

	/**
	 * Returns the value of the '<em><b>Center1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre in the first of the two other space coordinates (y for an x axis, x otherwise).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center1</em>' attribute.
	 * @see #setCenter1(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_Center1()
	 * @model
	 * @generated
	 */
	String getCenter1();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getCenter1 <em>Center1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center1</em>' attribute.
	 * @see #getCenter1()
	 * @generated
	 */
	void setCenter1(String value);

	/**
	 * Returns the value of the '<em><b>Center2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre in the second of the two other space coordinates (y for a z axis, z otherwise).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center2</em>' attribute.
	 * @see #setCenter2(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_Center2()
	 * @model
	 * @generated
	 */
	String getCenter2();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getCenter2 <em>Center2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center2</em>' attribute.
	 * @see #getCenter2()
	 * @generated
	 */
	void setCenter2(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it starts along its axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_Start()
	 * @model
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it ends along its axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_End()
	 * @model
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Radius, positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radius</em>' attribute.
	 * @see #setRadius(String)
	 * @see org.hyperlora.model.HyperloraPackage#getCylinder_Radius()
	 * @model
	 * @generated
	 */
	String getRadius();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Cylinder#getRadius <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius</em>' attribute.
	 * @see #getRadius()
	 * @generated
	 */
	void setRadius(String value);

} // Cylinder
