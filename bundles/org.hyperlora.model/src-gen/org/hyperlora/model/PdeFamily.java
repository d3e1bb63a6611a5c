/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pde Family</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.PdeFamily#getName <em>Name</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getCoordinates <em>Coordinates</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getFields <em>Fields</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getEquations <em>Equations</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getHardConstraints <em>Hard Constraints</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getReference <em>Reference</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getShapes <em>Shapes</em>}</li>
 *   <li>{@link org.hyperlora.model.PdeFamily#getBoundaryParts <em>Boundary Parts</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed conditionsComplete'"
 * @generated
 */
public interface PdeFamily extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.PdeFamily#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Coordinates</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Coordinate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinates</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Coordinates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coordinate> getCoordinates();

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<Field> getFields();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Equations</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Equation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equations</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Equations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Equation> getEquations();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Hard Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.HardConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hard Constraints</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_HardConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<HardConstraint> getHardConstraints();

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' containment reference.
	 * @see #setReference(Reference)
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Reference()
	 * @model containment="true"
	 * @generated
	 */
	Reference getReference();

	/**
	 * Sets the value of the '{@link org.hyperlora.model.PdeFamily#getReference <em>Reference</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' containment reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(Reference value);

	/**
	 * Returns the value of the '<em><b>Shapes</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain's shapes over the two space coordinates, joined in order by their operations (constructive solid geometry); none: the domain is the coordinates' box.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shapes</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_Shapes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Shape> getShapes();

	/**
	 * Returns the value of the '<em><b>Boundary Parts</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.BoundaryPart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named parts of a shaped domain's boundary made of shapes' edges (inlet = box.left); every shape's name is a part already.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundary Parts</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPdeFamily_BoundaryParts()
	 * @model containment="true"
	 * @generated
	 */
	EList<BoundaryPart> getBoundaryParts();

} // PdeFamily
