/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A primitive of the domain: plane (rectangle, disk, ellipse, polygon) or solid (box, sphere, cylinder); its dimensions are numbers or expressions of the parameters (R, 2*R).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Shape#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.Shape#getOperation <em>Operation</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getShape()
 * @model abstract="true"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Shape extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getShape_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Shape#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * The default value is <code>"union"</code>.
	 * The literals are from the enumeration {@link org.hyperlora.model.CsgOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the shape joins the shapes before it; ignored for the first shape.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see org.hyperlora.model.CsgOperation
	 * @see #setOperation(CsgOperation)
	 * @see org.hyperlora.model.HyperloraPackage#getShape_Operation()
	 * @model default="union"
	 * @generated
	 */
	CsgOperation getOperation();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.Shape#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see org.hyperlora.model.CsgOperation
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(CsgOperation value);

} // Shape
