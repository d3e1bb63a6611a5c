/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grid Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * count evenly spaced values of a coordinate from..to; from and to default to the coordinate's range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.GridAxis#getCoordinate <em>Coordinate</em>}</li>
 *   <li>{@link org.hyperlora.workflow.GridAxis#getFrom <em>From</em>}</li>
 *   <li>{@link org.hyperlora.workflow.GridAxis#getTo <em>To</em>}</li>
 *   <li>{@link org.hyperlora.workflow.GridAxis#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getGridAxis()
 * @model
 * @generated
 */
public interface GridAxis extends EObject {
	/**
	 * Returns the value of the '<em><b>Coordinate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinate</em>' attribute.
	 * @see #setCoordinate(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getGridAxis_Coordinate()
	 * @model
	 * @generated
	 */
	String getCoordinate();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.GridAxis#getCoordinate <em>Coordinate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinate</em>' attribute.
	 * @see #getCoordinate()
	 * @generated
	 */
	void setCoordinate(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #isSetFrom()
	 * @see #unsetFrom()
	 * @see #setFrom(double)
	 * @see org.hyperlora.workflow.WorkflowPackage#getGridAxis_From()
	 * @model unsettable="true"
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.GridAxis#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #isSetFrom()
	 * @see #unsetFrom()
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.workflow.GridAxis#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFrom()
	 * @see #getFrom()
	 * @see #setFrom(double)
	 * @generated
	 */
	void unsetFrom();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.workflow.GridAxis#getFrom <em>From</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>From</em>' attribute is set.
	 * @see #unsetFrom()
	 * @see #getFrom()
	 * @see #setFrom(double)
	 * @generated
	 */
	boolean isSetFrom();

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #isSetTo()
	 * @see #unsetTo()
	 * @see #setTo(double)
	 * @see org.hyperlora.workflow.WorkflowPackage#getGridAxis_To()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.GridAxis#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #isSetTo()
	 * @see #unsetTo()
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Unsets the value of the '{@link org.hyperlora.workflow.GridAxis#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTo()
	 * @see #getTo()
	 * @see #setTo(double)
	 * @generated
	 */
	void unsetTo();

	/**
	 * Returns whether the value of the '{@link org.hyperlora.workflow.GridAxis#getTo <em>To</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>To</em>' attribute is set.
	 * @see #unsetTo()
	 * @see #getTo()
	 * @see #setTo(double)
	 * @generated
	 */
	boolean isSetTo();

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.hyperlora.workflow.WorkflowPackage#getGridAxis_Count()
	 * @model default="0"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.GridAxis#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // GridAxis
