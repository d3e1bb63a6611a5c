/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polygon</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hyperlora.model.Polygon#getVertices <em>Vertices</em>}</li>
 * </ul>
 *
 * @see org.hyperlora.model.HyperloraPackage#getPolygon()
 * @model
 * @generated
 */
public interface Polygon extends Shape {
	/**
	 * Returns the value of the '<em><b>Vertices</b></em>' containment reference list.
	 * The list contents are of type {@link org.hyperlora.model.Vertex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The corners in order (either orientation); edge e1 runs from the first to the second, the last edge back to the first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vertices</em>' containment reference list.
	 * @see org.hyperlora.model.HyperloraPackage#getPolygon_Vertices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vertex> getVertices();

} // Polygon
