/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A number derived from one field per swept value: over the grid (maxAbs, mean, min, max) or at a probe point (coordinates in the study's order).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.workflow.Quantity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Quantity#getField <em>Field</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Quantity#getPoint <em>Point</em>}</li>
 *   <li>{@link org.hyperlora.workflow.Quantity#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.workflow.WorkflowPackage#getQuantity()
 * @model
 * @generated
 */
public interface Quantity extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"maxAbs"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.workflow.QuantityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.workflow.QuantityKind
	 * @see #setKind(QuantityKind)
	 * @see org.hyperlora.workflow.WorkflowPackage#getQuantity_Kind()
	 * @model default="maxAbs"
	 * @generated
	 */
	QuantityKind getKind();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Quantity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.hyperlora.workflow.QuantityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QuantityKind value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getQuantity_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Quantity#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Point</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Point</em>' attribute list.
	 * @see org.hyperlora.workflow.WorkflowPackage#getQuantity_Point()
	 * @model
	 * @generated
	 */
	EList<Double> getPoint();

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column header; empty: e.g. maxAbs(u) or u(x=1.0 t=0.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.hyperlora.workflow.WorkflowPackage#getQuantity_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.hyperlora.workflow.Quantity#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // Quantity
