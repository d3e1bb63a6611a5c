/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.BoundaryPart#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.BoundaryPart#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getBoundaryPart()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface BoundaryPart extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getBoundaryPart_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.BoundaryPart#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A shape's name (all its edges) or shape.edge: a rectangle's left, bottom, right, top; a polygon's e1, e2, ...; circumference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' attribute list.
	 * @see org.hyperlora.model.HyperloraPackage#getBoundaryPart_Edges()
	 * @model
	 * @generated
	 */
	EList<String> getEdges();

} // BoundaryPart
