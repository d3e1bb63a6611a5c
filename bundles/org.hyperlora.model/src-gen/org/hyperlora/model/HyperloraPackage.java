/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A HyperLoRA study: a parameterized PDE family, how to train a surrogate for it, and the results.
 * <!-- end-model-doc -->
 * @see org.hyperlora.model.HyperloraFactory
 * @model kind="package"
 * @generated
 */
public interface HyperloraPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.hyperlora.org/study/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hyperlora";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HyperloraPackage eINSTANCE = org.hyperlora.model.impl.HyperloraPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.StudyImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Family</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FAMILY = 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__METHOD = 3;

	/**
	 * The feature id for the '<em><b>Parameter Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PARAMETER_SETS = 4;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RESULTS = 5;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.SymbolImpl <em>Symbol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.SymbolImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSymbol()
	 * @generated
	 */
	int SYMBOL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Symbol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Symbol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.CoordinateImpl <em>Coordinate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.CoordinateImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCoordinate()
	 * @generated
	 */
	int COORDINATE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__NAME = SYMBOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__DESCRIPTION = SYMBOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__LOWER = SYMBOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__UPPER = SYMBOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE__TIME = SYMBOL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Coordinate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE_FEATURE_COUNT = SYMBOL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Coordinate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATE_OPERATION_COUNT = SYMBOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.FieldImpl <em>Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.FieldImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getField()
	 * @generated
	 */
	int FIELD = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__NAME = SYMBOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__DESCRIPTION = SYMBOL__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_FEATURE_COUNT = SYMBOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OPERATION_COUNT = SYMBOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ParameterImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = SYMBOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = SYMBOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__UNIT = SYMBOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__LOWER = SYMBOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__UPPER = SYMBOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__SCALE = SYMBOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reference Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__REFERENCE_VALUE = SYMBOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Valid Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALID_ABOVE = SYMBOL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Valid Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALID_BELOW = SYMBOL_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = SYMBOL_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = SYMBOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.PdeFamilyImpl <em>Pde Family</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.PdeFamilyImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPdeFamily()
	 * @generated
	 */
	int PDE_FAMILY = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Coordinates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__COORDINATES = 1;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__FIELDS = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__PARAMETERS = 3;

	/**
	 * The feature id for the '<em><b>Equations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__EQUATIONS = 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__CONDITIONS = 5;

	/**
	 * The feature id for the '<em><b>Hard Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__HARD_CONSTRAINTS = 6;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__REFERENCE = 7;

	/**
	 * The feature id for the '<em><b>Shapes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__SHAPES = 8;

	/**
	 * The feature id for the '<em><b>Boundary Parts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY__BOUNDARY_PARTS = 9;

	/**
	 * The number of structural features of the '<em>Pde Family</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Pde Family</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PDE_FAMILY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ShapeImpl <em>Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ShapeImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE__OPERATION = 1;

	/**
	 * The number of structural features of the '<em>Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.RectangleImpl <em>Rectangle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.RectangleImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getRectangle()
	 * @generated
	 */
	int RECTANGLE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Xmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__XMIN = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ymin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__YMIN = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Xmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__XMAX = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ymax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE__YMAX = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Rectangle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Rectangle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTANGLE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.BoxImpl <em>Box</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.BoxImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getBox()
	 * @generated
	 */
	int BOX = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Xmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__XMIN = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ymin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__YMIN = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Zmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__ZMIN = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Xmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__XMAX = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ymax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__YMAX = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Zmax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX__ZMAX = SHAPE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.SphereImpl <em>Sphere</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.SphereImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSphere()
	 * @generated
	 */
	int SPHERE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__CENTER_X = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__CENTER_Y = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Center Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__CENTER_Z = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE__RADIUS = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sphere</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sphere</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPHERE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.CylinderImpl <em>Cylinder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.CylinderImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCylinder()
	 * @generated
	 */
	int CYLINDER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__AXIS = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Center1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__CENTER1 = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Center2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__CENTER2 = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__START = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__END = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER__RADIUS = SHAPE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Cylinder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Cylinder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CYLINDER_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.DiskImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__CENTER_X = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__CENTER_Y = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__RADIUS = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.EllipseImpl <em>Ellipse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.EllipseImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getEllipse()
	 * @generated
	 */
	int ELLIPSE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__CENTER_X = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__CENTER_Y = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Radius X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__RADIUS_X = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Radius Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE__RADIUS_Y = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ellipse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ellipse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.PolygonImpl <em>Polygon</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.PolygonImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPolygon()
	 * @generated
	 */
	int POLYGON = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__NAME = SHAPE__NAME;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__OPERATION = SHAPE__OPERATION;

	/**
	 * The feature id for the '<em><b>Vertices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__VERTICES = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Polygon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Polygon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.VertexImpl <em>Vertex</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.VertexImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getVertex()
	 * @generated
	 */
	int VERTEX = 14;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERTEX__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERTEX__Y = 1;

	/**
	 * The number of structural features of the '<em>Vertex</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERTEX_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Vertex</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERTEX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.BoundaryPartImpl <em>Boundary Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.BoundaryPartImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getBoundaryPart()
	 * @generated
	 */
	int BOUNDARY_PART = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_PART__NAME = 0;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_PART__EDGES = 1;

	/**
	 * The number of structural features of the '<em>Boundary Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_PART_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Boundary Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_PART_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.EquationImpl <em>Equation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.EquationImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getEquation()
	 * @generated
	 */
	int EQUATION = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Residual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUATION__RESIDUAL = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUATION__WEIGHT = 2;

	/**
	 * The number of structural features of the '<em>Equation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Equation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ConditionImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 17;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__FIELD = 1;

	/**
	 * The feature id for the '<em><b>Boundary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__BOUNDARY = 2;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__EXPRESSION = 3;

	/**
	 * The feature id for the '<em><b>Match Derivative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__MATCH_DERIVATIVE = 4;

	/**
	 * The feature id for the '<em><b>Value Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__VALUE_COEFFICIENT = 5;

	/**
	 * The feature id for the '<em><b>Normal Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__NORMAL_COEFFICIENT = 6;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__WEIGHT = 7;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.HardConstraintImpl <em>Hard Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.HardConstraintImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHardConstraint()
	 * @generated
	 */
	int HARD_CONSTRAINT = 18;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT__DISTANCE = 2;

	/**
	 * The feature id for the '<em><b>Vanishes On</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT__VANISHES_ON = 3;

	/**
	 * The number of structural features of the '<em>Hard Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Hard Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARD_CONSTRAINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ReferenceImpl <em>Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ReferenceImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getReference()
	 * @generated
	 */
	int REFERENCE = 19;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Builtin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__BUILTIN = 1;

	/**
	 * The feature id for the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__DATA_FILE = 2;

	/**
	 * The feature id for the '<em><b>Data Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__DATA_WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Mean Shifted Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__MEAN_SHIFTED_FIELDS = 4;

	/**
	 * The number of structural features of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.MethodSettingsImpl <em>Method Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.MethodSettingsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getMethodSettings()
	 * @generated
	 */
	int METHOD_SETTINGS = 20;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS__NETWORK = 0;

	/**
	 * The feature id for the '<em><b>Lora</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS__LORA = 1;

	/**
	 * The feature id for the '<em><b>Hypernetwork</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS__HYPERNETWORK = 2;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS__TRAINING = 3;

	/**
	 * The feature id for the '<em><b>Surrogate Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS__SURROGATE_KIND = 4;

	/**
	 * The number of structural features of the '<em>Method Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Method Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.NetworkSettingsImpl <em>Network Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.NetworkSettingsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getNetworkSettings()
	 * @generated
	 */
	int NETWORK_SETTINGS = 21;

	/**
	 * The feature id for the '<em><b>Hidden Widths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__HIDDEN_WIDTHS = 0;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__ACTIVATION = 1;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__PRECISION = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__SEED = 3;

	/**
	 * The feature id for the '<em><b>Periodic Embedding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS__PERIODIC_EMBEDDING = 4;

	/**
	 * The number of structural features of the '<em>Network Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Network Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.LoraSettingsImpl <em>Lora Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.LoraSettingsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getLoraSettings()
	 * @generated
	 */
	int LORA_SETTINGS = 22;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_SETTINGS__RANK = 0;

	/**
	 * The feature id for the '<em><b>Ranks Per Layer</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_SETTINGS__RANKS_PER_LAYER = 1;

	/**
	 * The feature id for the '<em><b>Adapt Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_SETTINGS__ADAPT_BIASES = 2;

	/**
	 * The number of structural features of the '<em>Lora Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Lora Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LORA_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.HypernetworkSettingsImpl <em>Hypernetwork Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.HypernetworkSettingsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHypernetworkSettings()
	 * @generated
	 */
	int HYPERNETWORK_SETTINGS = 23;

	/**
	 * The feature id for the '<em><b>Hidden Widths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS = 0;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__ACTIVATION = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__MODE = 2;

	/**
	 * The feature id for the '<em><b>Physics Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Regression Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Regression Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS = 5;

	/**
	 * The feature id for the '<em><b>Physics Rounds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS = 6;

	/**
	 * The feature id for the '<em><b>Iterations Per Round</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND = 7;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__BATCH_SIZE = 8;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__SEED = 9;

	/**
	 * The feature id for the '<em><b>Physics Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER = 10;

	/**
	 * The feature id for the '<em><b>Physics Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE = 11;

	/**
	 * The number of structural features of the '<em>Hypernetwork Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Hypernetwork Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERNETWORK_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.TrainingSettingsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getTrainingSettings()
	 * @generated
	 */
	int TRAINING_SETTINGS = 24;

	/**
	 * The feature id for the '<em><b>Collocation Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__COLLOCATION_POINTS = 0;

	/**
	 * The feature id for the '<em><b>Sampler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__SAMPLER = 1;

	/**
	 * The feature id for the '<em><b>Boundary Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BOUNDARY_POINTS = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__SEED = 3;

	/**
	 * The feature id for the '<em><b>Base Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BASE_STAGES = 4;

	/**
	 * The feature id for the '<em><b>Fit Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__FIT_STAGES = 5;

	/**
	 * The number of structural features of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.OptimizerStageImpl <em>Optimizer Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.OptimizerStageImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getOptimizerStage()
	 * @generated
	 */
	int OPTIMIZER_STAGE = 25;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_STAGE__OPTIMIZER = 0;

	/**
	 * The feature id for the '<em><b>Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_STAGE__ITERATIONS = 1;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_STAGE__LEARNING_RATE = 2;

	/**
	 * The number of structural features of the '<em>Optimizer Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_STAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Optimizer Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_STAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ParameterSetImpl <em>Parameter Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ParameterSetImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterSet()
	 * @generated
	 */
	int PARAMETER_SET = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET__RULE = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET__POINTS = 4;

	/**
	 * The number of structural features of the '<em>Parameter Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Parameter Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ParameterPointImpl <em>Parameter Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ParameterPointImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterPoint()
	 * @generated
	 */
	int PARAMETER_POINT = 27;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_POINT__VALUES = 0;

	/**
	 * The number of structural features of the '<em>Parameter Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_POINT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Parameter Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ParameterValueImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 28;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ResultsImpl <em>Results</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ResultsImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getResults()
	 * @generated
	 */
	int RESULTS = 29;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__ENGINE_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__STARTED = 1;

	/**
	 * The feature id for the '<em><b>Finished</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__FINISHED = 2;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__ARTIFACTS = 3;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__METRICS = 4;

	/**
	 * The feature id for the '<em><b>Loss Histories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS__LOSS_HISTORIES = 5;

	/**
	 * The number of structural features of the '<em>Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.ArtifactLinkImpl <em>Artifact Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.ArtifactLinkImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getArtifactLink()
	 * @generated
	 */
	int ARTIFACT_LINK = 30;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__KIND = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__PATH = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Artifact Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Artifact Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.MetricImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 31;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 1;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__FIELD = 2;

	/**
	 * The feature id for the '<em><b>Parameter Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__PARAMETER_VALUES = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.impl.LossHistoryImpl <em>Loss History</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.impl.LossHistoryImpl
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getLossHistory()
	 * @generated
	 */
	int LOSS_HISTORY = 32;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY__TERM = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY__STEPS = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY__VALUES = 3;

	/**
	 * The number of structural features of the '<em>Loss History</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Loss History</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_HISTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.Scale <em>Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.Scale
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 33;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.CsgOperation <em>Csg Operation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.CsgOperation
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCsgOperation()
	 * @generated
	 */
	int CSG_OPERATION = 34;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.Axis <em>Axis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.Axis
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getAxis()
	 * @generated
	 */
	int AXIS = 35;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.ConditionKind <em>Condition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.ConditionKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getConditionKind()
	 * @generated
	 */
	int CONDITION_KIND = 36;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.ReferenceKind <em>Reference Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.ReferenceKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getReferenceKind()
	 * @generated
	 */
	int REFERENCE_KIND = 37;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.SurrogateKind <em>Surrogate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.SurrogateKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSurrogateKind()
	 * @generated
	 */
	int SURROGATE_KIND = 38;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.ActivationKind <em>Activation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.ActivationKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getActivationKind()
	 * @generated
	 */
	int ACTIVATION_KIND = 39;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.Precision <em>Precision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.Precision
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPrecision()
	 * @generated
	 */
	int PRECISION = 40;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.HypernetworkMode <em>Hypernetwork Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.HypernetworkMode
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHypernetworkMode()
	 * @generated
	 */
	int HYPERNETWORK_MODE = 41;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.SamplerKind <em>Sampler Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.SamplerKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSamplerKind()
	 * @generated
	 */
	int SAMPLER_KIND = 42;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.OptimizerKind
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 43;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.ParameterSetRole <em>Parameter Set Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.ParameterSetRole
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterSetRole()
	 * @generated
	 */
	int PARAMETER_SET_ROLE = 44;

	/**
	 * The meta object id for the '{@link org.hyperlora.model.ParameterRule <em>Parameter Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.model.ParameterRule
	 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterRule()
	 * @generated
	 */
	int PARAMETER_RULE = 45;


	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.hyperlora.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperlora.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.Study#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Family</em>'.
	 * @see org.hyperlora.model.Study#getFamily()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Family();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.Study#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Method</em>'.
	 * @see org.hyperlora.model.Study#getMethod()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Method();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Study#getParameterSets <em>Parameter Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameter Sets</em>'.
	 * @see org.hyperlora.model.Study#getParameterSets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_ParameterSets();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.Study#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Results</em>'.
	 * @see org.hyperlora.model.Study#getResults()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Results();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Symbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symbol</em>'.
	 * @see org.hyperlora.model.Symbol
	 * @generated
	 */
	EClass getSymbol();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Symbol#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.Symbol#getName()
	 * @see #getSymbol()
	 * @generated
	 */
	EAttribute getSymbol_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Symbol#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperlora.model.Symbol#getDescription()
	 * @see #getSymbol()
	 * @generated
	 */
	EAttribute getSymbol_Description();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Coordinate <em>Coordinate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coordinate</em>'.
	 * @see org.hyperlora.model.Coordinate
	 * @generated
	 */
	EClass getCoordinate();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Coordinate#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.hyperlora.model.Coordinate#getLower()
	 * @see #getCoordinate()
	 * @generated
	 */
	EAttribute getCoordinate_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Coordinate#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.hyperlora.model.Coordinate#getUpper()
	 * @see #getCoordinate()
	 * @generated
	 */
	EAttribute getCoordinate_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Coordinate#isTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.hyperlora.model.Coordinate#isTime()
	 * @see #getCoordinate()
	 * @generated
	 */
	EAttribute getCoordinate_Time();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Field <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field</em>'.
	 * @see org.hyperlora.model.Field
	 * @generated
	 */
	EClass getField();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.hyperlora.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.hyperlora.model.Parameter#getUnit()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.hyperlora.model.Parameter#getLower()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.hyperlora.model.Parameter#getUpper()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.hyperlora.model.Parameter#getScale()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getReferenceValue <em>Reference Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Value</em>'.
	 * @see org.hyperlora.model.Parameter#getReferenceValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_ReferenceValue();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getValidAbove <em>Valid Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Above</em>'.
	 * @see org.hyperlora.model.Parameter#getValidAbove()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_ValidAbove();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Parameter#getValidBelow <em>Valid Below</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Below</em>'.
	 * @see org.hyperlora.model.Parameter#getValidBelow()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_ValidBelow();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.PdeFamily <em>Pde Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pde Family</em>'.
	 * @see org.hyperlora.model.PdeFamily
	 * @generated
	 */
	EClass getPdeFamily();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.PdeFamily#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.PdeFamily#getName()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EAttribute getPdeFamily_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getCoordinates <em>Coordinates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coordinates</em>'.
	 * @see org.hyperlora.model.PdeFamily#getCoordinates()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Coordinates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.hyperlora.model.PdeFamily#getFields()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Fields();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.hyperlora.model.PdeFamily#getParameters()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getEquations <em>Equations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equations</em>'.
	 * @see org.hyperlora.model.PdeFamily#getEquations()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Equations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.hyperlora.model.PdeFamily#getConditions()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getHardConstraints <em>Hard Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hard Constraints</em>'.
	 * @see org.hyperlora.model.PdeFamily#getHardConstraints()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_HardConstraints();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.PdeFamily#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reference</em>'.
	 * @see org.hyperlora.model.PdeFamily#getReference()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Reference();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getShapes <em>Shapes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shapes</em>'.
	 * @see org.hyperlora.model.PdeFamily#getShapes()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_Shapes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.PdeFamily#getBoundaryParts <em>Boundary Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boundary Parts</em>'.
	 * @see org.hyperlora.model.PdeFamily#getBoundaryParts()
	 * @see #getPdeFamily()
	 * @generated
	 */
	EReference getPdeFamily_BoundaryParts();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shape</em>'.
	 * @see org.hyperlora.model.Shape
	 * @generated
	 */
	EClass getShape();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Shape#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.Shape#getName()
	 * @see #getShape()
	 * @generated
	 */
	EAttribute getShape_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Shape#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.hyperlora.model.Shape#getOperation()
	 * @see #getShape()
	 * @generated
	 */
	EAttribute getShape_Operation();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Rectangle <em>Rectangle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectangle</em>'.
	 * @see org.hyperlora.model.Rectangle
	 * @generated
	 */
	EClass getRectangle();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Rectangle#getXmin <em>Xmin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xmin</em>'.
	 * @see org.hyperlora.model.Rectangle#getXmin()
	 * @see #getRectangle()
	 * @generated
	 */
	EAttribute getRectangle_Xmin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Rectangle#getYmin <em>Ymin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ymin</em>'.
	 * @see org.hyperlora.model.Rectangle#getYmin()
	 * @see #getRectangle()
	 * @generated
	 */
	EAttribute getRectangle_Ymin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Rectangle#getXmax <em>Xmax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xmax</em>'.
	 * @see org.hyperlora.model.Rectangle#getXmax()
	 * @see #getRectangle()
	 * @generated
	 */
	EAttribute getRectangle_Xmax();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Rectangle#getYmax <em>Ymax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ymax</em>'.
	 * @see org.hyperlora.model.Rectangle#getYmax()
	 * @see #getRectangle()
	 * @generated
	 */
	EAttribute getRectangle_Ymax();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Box <em>Box</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Box</em>'.
	 * @see org.hyperlora.model.Box
	 * @generated
	 */
	EClass getBox();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getXmin <em>Xmin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xmin</em>'.
	 * @see org.hyperlora.model.Box#getXmin()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Xmin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getYmin <em>Ymin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ymin</em>'.
	 * @see org.hyperlora.model.Box#getYmin()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Ymin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getZmin <em>Zmin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zmin</em>'.
	 * @see org.hyperlora.model.Box#getZmin()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Zmin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getXmax <em>Xmax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xmax</em>'.
	 * @see org.hyperlora.model.Box#getXmax()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Xmax();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getYmax <em>Ymax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ymax</em>'.
	 * @see org.hyperlora.model.Box#getYmax()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Ymax();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Box#getZmax <em>Zmax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zmax</em>'.
	 * @see org.hyperlora.model.Box#getZmax()
	 * @see #getBox()
	 * @generated
	 */
	EAttribute getBox_Zmax();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Sphere <em>Sphere</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sphere</em>'.
	 * @see org.hyperlora.model.Sphere
	 * @generated
	 */
	EClass getSphere();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Sphere#getCenterX <em>Center X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center X</em>'.
	 * @see org.hyperlora.model.Sphere#getCenterX()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_CenterX();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Sphere#getCenterY <em>Center Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Y</em>'.
	 * @see org.hyperlora.model.Sphere#getCenterY()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_CenterY();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Sphere#getCenterZ <em>Center Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Z</em>'.
	 * @see org.hyperlora.model.Sphere#getCenterZ()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_CenterZ();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Sphere#getRadius <em>Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius</em>'.
	 * @see org.hyperlora.model.Sphere#getRadius()
	 * @see #getSphere()
	 * @generated
	 */
	EAttribute getSphere_Radius();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Cylinder <em>Cylinder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cylinder</em>'.
	 * @see org.hyperlora.model.Cylinder
	 * @generated
	 */
	EClass getCylinder();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis</em>'.
	 * @see org.hyperlora.model.Cylinder#getAxis()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_Axis();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getCenter1 <em>Center1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center1</em>'.
	 * @see org.hyperlora.model.Cylinder#getCenter1()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_Center1();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getCenter2 <em>Center2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center2</em>'.
	 * @see org.hyperlora.model.Cylinder#getCenter2()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_Center2();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.hyperlora.model.Cylinder#getStart()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.hyperlora.model.Cylinder#getEnd()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_End();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Cylinder#getRadius <em>Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius</em>'.
	 * @see org.hyperlora.model.Cylinder#getRadius()
	 * @see #getCylinder()
	 * @generated
	 */
	EAttribute getCylinder_Radius();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.hyperlora.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Disk#getCenterX <em>Center X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center X</em>'.
	 * @see org.hyperlora.model.Disk#getCenterX()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_CenterX();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Disk#getCenterY <em>Center Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Y</em>'.
	 * @see org.hyperlora.model.Disk#getCenterY()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_CenterY();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Disk#getRadius <em>Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius</em>'.
	 * @see org.hyperlora.model.Disk#getRadius()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Radius();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Ellipse <em>Ellipse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ellipse</em>'.
	 * @see org.hyperlora.model.Ellipse
	 * @generated
	 */
	EClass getEllipse();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Ellipse#getCenterX <em>Center X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center X</em>'.
	 * @see org.hyperlora.model.Ellipse#getCenterX()
	 * @see #getEllipse()
	 * @generated
	 */
	EAttribute getEllipse_CenterX();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Ellipse#getCenterY <em>Center Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Y</em>'.
	 * @see org.hyperlora.model.Ellipse#getCenterY()
	 * @see #getEllipse()
	 * @generated
	 */
	EAttribute getEllipse_CenterY();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Ellipse#getRadiusX <em>Radius X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius X</em>'.
	 * @see org.hyperlora.model.Ellipse#getRadiusX()
	 * @see #getEllipse()
	 * @generated
	 */
	EAttribute getEllipse_RadiusX();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Ellipse#getRadiusY <em>Radius Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius Y</em>'.
	 * @see org.hyperlora.model.Ellipse#getRadiusY()
	 * @see #getEllipse()
	 * @generated
	 */
	EAttribute getEllipse_RadiusY();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Polygon <em>Polygon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polygon</em>'.
	 * @see org.hyperlora.model.Polygon
	 * @generated
	 */
	EClass getPolygon();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Polygon#getVertices <em>Vertices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vertices</em>'.
	 * @see org.hyperlora.model.Polygon#getVertices()
	 * @see #getPolygon()
	 * @generated
	 */
	EReference getPolygon_Vertices();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Vertex <em>Vertex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vertex</em>'.
	 * @see org.hyperlora.model.Vertex
	 * @generated
	 */
	EClass getVertex();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Vertex#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.hyperlora.model.Vertex#getX()
	 * @see #getVertex()
	 * @generated
	 */
	EAttribute getVertex_X();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Vertex#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.hyperlora.model.Vertex#getY()
	 * @see #getVertex()
	 * @generated
	 */
	EAttribute getVertex_Y();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.BoundaryPart <em>Boundary Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boundary Part</em>'.
	 * @see org.hyperlora.model.BoundaryPart
	 * @generated
	 */
	EClass getBoundaryPart();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.BoundaryPart#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.BoundaryPart#getName()
	 * @see #getBoundaryPart()
	 * @generated
	 */
	EAttribute getBoundaryPart_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.BoundaryPart#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Edges</em>'.
	 * @see org.hyperlora.model.BoundaryPart#getEdges()
	 * @see #getBoundaryPart()
	 * @generated
	 */
	EAttribute getBoundaryPart_Edges();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Equation <em>Equation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equation</em>'.
	 * @see org.hyperlora.model.Equation
	 * @generated
	 */
	EClass getEquation();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Equation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.Equation#getName()
	 * @see #getEquation()
	 * @generated
	 */
	EAttribute getEquation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Equation#getResidual <em>Residual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual</em>'.
	 * @see org.hyperlora.model.Equation#getResidual()
	 * @see #getEquation()
	 * @generated
	 */
	EAttribute getEquation_Residual();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Equation#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.hyperlora.model.Equation#getWeight()
	 * @see #getEquation()
	 * @generated
	 */
	EAttribute getEquation_Weight();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.hyperlora.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperlora.model.Condition#getKind()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.hyperlora.model.Condition#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.hyperlora.model.Condition#getField()
	 * @see #getCondition()
	 * @generated
	 */
	EReference getCondition_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getBoundary <em>Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boundary</em>'.
	 * @see org.hyperlora.model.Condition#getBoundary()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Boundary();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.hyperlora.model.Condition#getExpression()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Expression();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#isMatchDerivative <em>Match Derivative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Derivative</em>'.
	 * @see org.hyperlora.model.Condition#isMatchDerivative()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_MatchDerivative();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getValueCoefficient <em>Value Coefficient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Coefficient</em>'.
	 * @see org.hyperlora.model.Condition#getValueCoefficient()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_ValueCoefficient();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getNormalCoefficient <em>Normal Coefficient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normal Coefficient</em>'.
	 * @see org.hyperlora.model.Condition#getNormalCoefficient()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_NormalCoefficient();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Condition#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.hyperlora.model.Condition#getWeight()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Weight();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.HardConstraint <em>Hard Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hard Constraint</em>'.
	 * @see org.hyperlora.model.HardConstraint
	 * @generated
	 */
	EClass getHardConstraint();

	/**
	 * Returns the meta object for the reference '{@link org.hyperlora.model.HardConstraint#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.hyperlora.model.HardConstraint#getField()
	 * @see #getHardConstraint()
	 * @generated
	 */
	EReference getHardConstraint_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HardConstraint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperlora.model.HardConstraint#getValue()
	 * @see #getHardConstraint()
	 * @generated
	 */
	EAttribute getHardConstraint_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HardConstraint#getDistance <em>Distance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distance</em>'.
	 * @see org.hyperlora.model.HardConstraint#getDistance()
	 * @see #getHardConstraint()
	 * @generated
	 */
	EAttribute getHardConstraint_Distance();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.HardConstraint#getVanishesOn <em>Vanishes On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Vanishes On</em>'.
	 * @see org.hyperlora.model.HardConstraint#getVanishesOn()
	 * @see #getHardConstraint()
	 * @generated
	 */
	EAttribute getHardConstraint_VanishesOn();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Reference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference</em>'.
	 * @see org.hyperlora.model.Reference
	 * @generated
	 */
	EClass getReference();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Reference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperlora.model.Reference#getKind()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Reference#getBuiltin <em>Builtin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Builtin</em>'.
	 * @see org.hyperlora.model.Reference#getBuiltin()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Builtin();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Reference#getDataFile <em>Data File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data File</em>'.
	 * @see org.hyperlora.model.Reference#getDataFile()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_DataFile();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Reference#getDataWeight <em>Data Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Weight</em>'.
	 * @see org.hyperlora.model.Reference#getDataWeight()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_DataWeight();

	/**
	 * Returns the meta object for the reference list '{@link org.hyperlora.model.Reference#getMeanShiftedFields <em>Mean Shifted Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mean Shifted Fields</em>'.
	 * @see org.hyperlora.model.Reference#getMeanShiftedFields()
	 * @see #getReference()
	 * @generated
	 */
	EReference getReference_MeanShiftedFields();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.MethodSettings <em>Method Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method Settings</em>'.
	 * @see org.hyperlora.model.MethodSettings
	 * @generated
	 */
	EClass getMethodSettings();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.MethodSettings#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.hyperlora.model.MethodSettings#getNetwork()
	 * @see #getMethodSettings()
	 * @generated
	 */
	EReference getMethodSettings_Network();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.MethodSettings#getLora <em>Lora</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lora</em>'.
	 * @see org.hyperlora.model.MethodSettings#getLora()
	 * @see #getMethodSettings()
	 * @generated
	 */
	EReference getMethodSettings_Lora();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.MethodSettings#getHypernetwork <em>Hypernetwork</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hypernetwork</em>'.
	 * @see org.hyperlora.model.MethodSettings#getHypernetwork()
	 * @see #getMethodSettings()
	 * @generated
	 */
	EReference getMethodSettings_Hypernetwork();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.model.MethodSettings#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.hyperlora.model.MethodSettings#getTraining()
	 * @see #getMethodSettings()
	 * @generated
	 */
	EReference getMethodSettings_Training();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.MethodSettings#getSurrogateKind <em>Surrogate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surrogate Kind</em>'.
	 * @see org.hyperlora.model.MethodSettings#getSurrogateKind()
	 * @see #getMethodSettings()
	 * @generated
	 */
	EAttribute getMethodSettings_SurrogateKind();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.NetworkSettings <em>Network Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Settings</em>'.
	 * @see org.hyperlora.model.NetworkSettings
	 * @generated
	 */
	EClass getNetworkSettings();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.NetworkSettings#getHiddenWidths <em>Hidden Widths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Widths</em>'.
	 * @see org.hyperlora.model.NetworkSettings#getHiddenWidths()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EAttribute getNetworkSettings_HiddenWidths();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.NetworkSettings#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.hyperlora.model.NetworkSettings#getActivation()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EAttribute getNetworkSettings_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.NetworkSettings#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see org.hyperlora.model.NetworkSettings#getPrecision()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EAttribute getNetworkSettings_Precision();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.NetworkSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.hyperlora.model.NetworkSettings#getSeed()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EAttribute getNetworkSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.NetworkSettings#isPeriodicEmbedding <em>Periodic Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periodic Embedding</em>'.
	 * @see org.hyperlora.model.NetworkSettings#isPeriodicEmbedding()
	 * @see #getNetworkSettings()
	 * @generated
	 */
	EAttribute getNetworkSettings_PeriodicEmbedding();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.LoraSettings <em>Lora Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lora Settings</em>'.
	 * @see org.hyperlora.model.LoraSettings
	 * @generated
	 */
	EClass getLoraSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.LoraSettings#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.hyperlora.model.LoraSettings#getRank()
	 * @see #getLoraSettings()
	 * @generated
	 */
	EAttribute getLoraSettings_Rank();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.LoraSettings#getRanksPerLayer <em>Ranks Per Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ranks Per Layer</em>'.
	 * @see org.hyperlora.model.LoraSettings#getRanksPerLayer()
	 * @see #getLoraSettings()
	 * @generated
	 */
	EAttribute getLoraSettings_RanksPerLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.LoraSettings#isAdaptBiases <em>Adapt Biases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adapt Biases</em>'.
	 * @see org.hyperlora.model.LoraSettings#isAdaptBiases()
	 * @see #getLoraSettings()
	 * @generated
	 */
	EAttribute getLoraSettings_AdaptBiases();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.HypernetworkSettings <em>Hypernetwork Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypernetwork Settings</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings
	 * @generated
	 */
	EClass getHypernetworkSettings();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.HypernetworkSettings#getHiddenWidths <em>Hidden Widths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Widths</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getHiddenWidths()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_HiddenWidths();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getActivation()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getMode()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsWeight <em>Physics Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physics Weight</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getPhysicsWeight()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_PhysicsWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getRegressionWeight <em>Regression Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regression Weight</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getRegressionWeight()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_RegressionWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getRegressionIterations <em>Regression Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regression Iterations</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getRegressionIterations()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_RegressionIterations();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsRounds <em>Physics Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physics Rounds</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getPhysicsRounds()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_PhysicsRounds();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getIterationsPerRound <em>Iterations Per Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iterations Per Round</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getIterationsPerRound()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_IterationsPerRound();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getBatchSize()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getSeed()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsOptimizer <em>Physics Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physics Optimizer</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getPhysicsOptimizer()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_PhysicsOptimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.HypernetworkSettings#getPhysicsLearningRate <em>Physics Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Physics Learning Rate</em>'.
	 * @see org.hyperlora.model.HypernetworkSettings#getPhysicsLearningRate()
	 * @see #getHypernetworkSettings()
	 * @generated
	 */
	EAttribute getHypernetworkSettings_PhysicsLearningRate();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.TrainingSettings <em>Training Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Settings</em>'.
	 * @see org.hyperlora.model.TrainingSettings
	 * @generated
	 */
	EClass getTrainingSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.TrainingSettings#getCollocationPoints <em>Collocation Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collocation Points</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getCollocationPoints()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_CollocationPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.TrainingSettings#getSampler <em>Sampler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampler</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getSampler()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Sampler();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.TrainingSettings#getBoundaryPoints <em>Boundary Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boundary Points</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getBoundaryPoints()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_BoundaryPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.TrainingSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getSeed()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Seed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.TrainingSettings#getBaseStages <em>Base Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Base Stages</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getBaseStages()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EReference getTrainingSettings_BaseStages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.TrainingSettings#getFitStages <em>Fit Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fit Stages</em>'.
	 * @see org.hyperlora.model.TrainingSettings#getFitStages()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EReference getTrainingSettings_FitStages();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.OptimizerStage <em>Optimizer Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimizer Stage</em>'.
	 * @see org.hyperlora.model.OptimizerStage
	 * @generated
	 */
	EClass getOptimizerStage();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.OptimizerStage#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see org.hyperlora.model.OptimizerStage#getOptimizer()
	 * @see #getOptimizerStage()
	 * @generated
	 */
	EAttribute getOptimizerStage_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.OptimizerStage#getIterations <em>Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iterations</em>'.
	 * @see org.hyperlora.model.OptimizerStage#getIterations()
	 * @see #getOptimizerStage()
	 * @generated
	 */
	EAttribute getOptimizerStage_Iterations();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.OptimizerStage#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.hyperlora.model.OptimizerStage#getLearningRate()
	 * @see #getOptimizerStage()
	 * @generated
	 */
	EAttribute getOptimizerStage_LearningRate();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.ParameterSet <em>Parameter Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Set</em>'.
	 * @see org.hyperlora.model.ParameterSet
	 * @generated
	 */
	EClass getParameterSet();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ParameterSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.ParameterSet#getName()
	 * @see #getParameterSet()
	 * @generated
	 */
	EAttribute getParameterSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ParameterSet#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.hyperlora.model.ParameterSet#getRole()
	 * @see #getParameterSet()
	 * @generated
	 */
	EAttribute getParameterSet_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ParameterSet#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.hyperlora.model.ParameterSet#getRule()
	 * @see #getParameterSet()
	 * @generated
	 */
	EAttribute getParameterSet_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ParameterSet#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.hyperlora.model.ParameterSet#getCount()
	 * @see #getParameterSet()
	 * @generated
	 */
	EAttribute getParameterSet_Count();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.ParameterSet#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.hyperlora.model.ParameterSet#getPoints()
	 * @see #getParameterSet()
	 * @generated
	 */
	EReference getParameterSet_Points();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.ParameterPoint <em>Parameter Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Point</em>'.
	 * @see org.hyperlora.model.ParameterPoint
	 * @generated
	 */
	EClass getParameterPoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.ParameterPoint#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.hyperlora.model.ParameterPoint#getValues()
	 * @see #getParameterPoint()
	 * @generated
	 */
	EReference getParameterPoint_Values();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.hyperlora.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the reference '{@link org.hyperlora.model.ParameterValue#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parameter</em>'.
	 * @see org.hyperlora.model.ParameterValue#getParameter()
	 * @see #getParameterValue()
	 * @generated
	 */
	EReference getParameterValue_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperlora.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Results <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Results</em>'.
	 * @see org.hyperlora.model.Results
	 * @generated
	 */
	EClass getResults();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Results#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.hyperlora.model.Results#getEngineVersion()
	 * @see #getResults()
	 * @generated
	 */
	EAttribute getResults_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Results#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.hyperlora.model.Results#getStarted()
	 * @see #getResults()
	 * @generated
	 */
	EAttribute getResults_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Results#getFinished <em>Finished</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished</em>'.
	 * @see org.hyperlora.model.Results#getFinished()
	 * @see #getResults()
	 * @generated
	 */
	EAttribute getResults_Finished();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Results#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see org.hyperlora.model.Results#getArtifacts()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Artifacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Results#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.hyperlora.model.Results#getMetrics()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Results#getLossHistories <em>Loss Histories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Loss Histories</em>'.
	 * @see org.hyperlora.model.Results#getLossHistories()
	 * @see #getResults()
	 * @generated
	 */
	EReference getResults_LossHistories();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.ArtifactLink <em>Artifact Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact Link</em>'.
	 * @see org.hyperlora.model.ArtifactLink
	 * @generated
	 */
	EClass getArtifactLink();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ArtifactLink#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperlora.model.ArtifactLink#getKind()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ArtifactLink#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.hyperlora.model.ArtifactLink#getPath()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ArtifactLink#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.hyperlora.model.ArtifactLink#getCreated()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.ArtifactLink#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperlora.model.ArtifactLink#getDescription()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Description();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.hyperlora.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Metric#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.hyperlora.model.Metric#getStage()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the reference '{@link org.hyperlora.model.Metric#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.hyperlora.model.Metric#getField()
	 * @see #getMetric()
	 * @generated
	 */
	EReference getMetric_Field();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.model.Metric#getParameterValues <em>Parameter Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameter Values</em>'.
	 * @see org.hyperlora.model.Metric#getParameterValues()
	 * @see #getMetric()
	 * @generated
	 */
	EReference getMetric_ParameterValues();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperlora.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.model.LossHistory <em>Loss History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loss History</em>'.
	 * @see org.hyperlora.model.LossHistory
	 * @generated
	 */
	EClass getLossHistory();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.LossHistory#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.hyperlora.model.LossHistory#getStage()
	 * @see #getLossHistory()
	 * @generated
	 */
	EAttribute getLossHistory_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.model.LossHistory#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.hyperlora.model.LossHistory#getTerm()
	 * @see #getLossHistory()
	 * @generated
	 */
	EAttribute getLossHistory_Term();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.LossHistory#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Steps</em>'.
	 * @see org.hyperlora.model.LossHistory#getSteps()
	 * @see #getLossHistory()
	 * @generated
	 */
	EAttribute getLossHistory_Steps();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.model.LossHistory#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.hyperlora.model.LossHistory#getValues()
	 * @see #getLossHistory()
	 * @generated
	 */
	EAttribute getLossHistory_Values();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scale</em>'.
	 * @see org.hyperlora.model.Scale
	 * @generated
	 */
	EEnum getScale();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.CsgOperation <em>Csg Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Csg Operation</em>'.
	 * @see org.hyperlora.model.CsgOperation
	 * @generated
	 */
	EEnum getCsgOperation();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.Axis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Axis</em>'.
	 * @see org.hyperlora.model.Axis
	 * @generated
	 */
	EEnum getAxis();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.ConditionKind <em>Condition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Kind</em>'.
	 * @see org.hyperlora.model.ConditionKind
	 * @generated
	 */
	EEnum getConditionKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.ReferenceKind <em>Reference Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reference Kind</em>'.
	 * @see org.hyperlora.model.ReferenceKind
	 * @generated
	 */
	EEnum getReferenceKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.SurrogateKind <em>Surrogate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Surrogate Kind</em>'.
	 * @see org.hyperlora.model.SurrogateKind
	 * @generated
	 */
	EEnum getSurrogateKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.ActivationKind <em>Activation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation Kind</em>'.
	 * @see org.hyperlora.model.ActivationKind
	 * @generated
	 */
	EEnum getActivationKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.Precision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Precision</em>'.
	 * @see org.hyperlora.model.Precision
	 * @generated
	 */
	EEnum getPrecision();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.HypernetworkMode <em>Hypernetwork Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hypernetwork Mode</em>'.
	 * @see org.hyperlora.model.HypernetworkMode
	 * @generated
	 */
	EEnum getHypernetworkMode();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.SamplerKind <em>Sampler Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sampler Kind</em>'.
	 * @see org.hyperlora.model.SamplerKind
	 * @generated
	 */
	EEnum getSamplerKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see org.hyperlora.model.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.ParameterSetRole <em>Parameter Set Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Set Role</em>'.
	 * @see org.hyperlora.model.ParameterSetRole
	 * @generated
	 */
	EEnum getParameterSetRole();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.model.ParameterRule <em>Parameter Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Rule</em>'.
	 * @see org.hyperlora.model.ParameterRule
	 * @generated
	 */
	EEnum getParameterRule();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HyperloraFactory getHyperloraFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.StudyImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__FAMILY = eINSTANCE.getStudy_Family();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__METHOD = eINSTANCE.getStudy_Method();

		/**
		 * The meta object literal for the '<em><b>Parameter Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PARAMETER_SETS = eINSTANCE.getStudy_ParameterSets();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RESULTS = eINSTANCE.getStudy_Results();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.SymbolImpl <em>Symbol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.SymbolImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSymbol()
		 * @generated
		 */
		EClass SYMBOL = eINSTANCE.getSymbol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL__NAME = eINSTANCE.getSymbol_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL__DESCRIPTION = eINSTANCE.getSymbol_Description();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.CoordinateImpl <em>Coordinate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.CoordinateImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCoordinate()
		 * @generated
		 */
		EClass COORDINATE = eINSTANCE.getCoordinate();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COORDINATE__LOWER = eINSTANCE.getCoordinate_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COORDINATE__UPPER = eINSTANCE.getCoordinate_Upper();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COORDINATE__TIME = eINSTANCE.getCoordinate_Time();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.FieldImpl <em>Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.FieldImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getField()
		 * @generated
		 */
		EClass FIELD = eINSTANCE.getField();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ParameterImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__UNIT = eINSTANCE.getParameter_Unit();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__LOWER = eINSTANCE.getParameter_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__UPPER = eINSTANCE.getParameter_Upper();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__SCALE = eINSTANCE.getParameter_Scale();

		/**
		 * The meta object literal for the '<em><b>Reference Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__REFERENCE_VALUE = eINSTANCE.getParameter_ReferenceValue();

		/**
		 * The meta object literal for the '<em><b>Valid Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALID_ABOVE = eINSTANCE.getParameter_ValidAbove();

		/**
		 * The meta object literal for the '<em><b>Valid Below</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALID_BELOW = eINSTANCE.getParameter_ValidBelow();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.PdeFamilyImpl <em>Pde Family</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.PdeFamilyImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPdeFamily()
		 * @generated
		 */
		EClass PDE_FAMILY = eINSTANCE.getPdeFamily();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PDE_FAMILY__NAME = eINSTANCE.getPdeFamily_Name();

		/**
		 * The meta object literal for the '<em><b>Coordinates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__COORDINATES = eINSTANCE.getPdeFamily_Coordinates();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__FIELDS = eINSTANCE.getPdeFamily_Fields();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__PARAMETERS = eINSTANCE.getPdeFamily_Parameters();

		/**
		 * The meta object literal for the '<em><b>Equations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__EQUATIONS = eINSTANCE.getPdeFamily_Equations();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__CONDITIONS = eINSTANCE.getPdeFamily_Conditions();

		/**
		 * The meta object literal for the '<em><b>Hard Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__HARD_CONSTRAINTS = eINSTANCE.getPdeFamily_HardConstraints();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__REFERENCE = eINSTANCE.getPdeFamily_Reference();

		/**
		 * The meta object literal for the '<em><b>Shapes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__SHAPES = eINSTANCE.getPdeFamily_Shapes();

		/**
		 * The meta object literal for the '<em><b>Boundary Parts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PDE_FAMILY__BOUNDARY_PARTS = eINSTANCE.getPdeFamily_BoundaryParts();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ShapeImpl <em>Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ShapeImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getShape()
		 * @generated
		 */
		EClass SHAPE = eINSTANCE.getShape();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPE__NAME = eINSTANCE.getShape_Name();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHAPE__OPERATION = eINSTANCE.getShape_Operation();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.RectangleImpl <em>Rectangle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.RectangleImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getRectangle()
		 * @generated
		 */
		EClass RECTANGLE = eINSTANCE.getRectangle();

		/**
		 * The meta object literal for the '<em><b>Xmin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTANGLE__XMIN = eINSTANCE.getRectangle_Xmin();

		/**
		 * The meta object literal for the '<em><b>Ymin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTANGLE__YMIN = eINSTANCE.getRectangle_Ymin();

		/**
		 * The meta object literal for the '<em><b>Xmax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTANGLE__XMAX = eINSTANCE.getRectangle_Xmax();

		/**
		 * The meta object literal for the '<em><b>Ymax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTANGLE__YMAX = eINSTANCE.getRectangle_Ymax();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.BoxImpl <em>Box</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.BoxImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getBox()
		 * @generated
		 */
		EClass BOX = eINSTANCE.getBox();

		/**
		 * The meta object literal for the '<em><b>Xmin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__XMIN = eINSTANCE.getBox_Xmin();

		/**
		 * The meta object literal for the '<em><b>Ymin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__YMIN = eINSTANCE.getBox_Ymin();

		/**
		 * The meta object literal for the '<em><b>Zmin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__ZMIN = eINSTANCE.getBox_Zmin();

		/**
		 * The meta object literal for the '<em><b>Xmax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__XMAX = eINSTANCE.getBox_Xmax();

		/**
		 * The meta object literal for the '<em><b>Ymax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__YMAX = eINSTANCE.getBox_Ymax();

		/**
		 * The meta object literal for the '<em><b>Zmax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX__ZMAX = eINSTANCE.getBox_Zmax();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.SphereImpl <em>Sphere</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.SphereImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSphere()
		 * @generated
		 */
		EClass SPHERE = eINSTANCE.getSphere();

		/**
		 * The meta object literal for the '<em><b>Center X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__CENTER_X = eINSTANCE.getSphere_CenterX();

		/**
		 * The meta object literal for the '<em><b>Center Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__CENTER_Y = eINSTANCE.getSphere_CenterY();

		/**
		 * The meta object literal for the '<em><b>Center Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__CENTER_Z = eINSTANCE.getSphere_CenterZ();

		/**
		 * The meta object literal for the '<em><b>Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPHERE__RADIUS = eINSTANCE.getSphere_Radius();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.CylinderImpl <em>Cylinder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.CylinderImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCylinder()
		 * @generated
		 */
		EClass CYLINDER = eINSTANCE.getCylinder();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__AXIS = eINSTANCE.getCylinder_Axis();

		/**
		 * The meta object literal for the '<em><b>Center1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__CENTER1 = eINSTANCE.getCylinder_Center1();

		/**
		 * The meta object literal for the '<em><b>Center2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__CENTER2 = eINSTANCE.getCylinder_Center2();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__START = eINSTANCE.getCylinder_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__END = eINSTANCE.getCylinder_End();

		/**
		 * The meta object literal for the '<em><b>Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CYLINDER__RADIUS = eINSTANCE.getCylinder_Radius();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.DiskImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Center X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__CENTER_X = eINSTANCE.getDisk_CenterX();

		/**
		 * The meta object literal for the '<em><b>Center Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__CENTER_Y = eINSTANCE.getDisk_CenterY();

		/**
		 * The meta object literal for the '<em><b>Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__RADIUS = eINSTANCE.getDisk_Radius();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.EllipseImpl <em>Ellipse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.EllipseImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getEllipse()
		 * @generated
		 */
		EClass ELLIPSE = eINSTANCE.getEllipse();

		/**
		 * The meta object literal for the '<em><b>Center X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE__CENTER_X = eINSTANCE.getEllipse_CenterX();

		/**
		 * The meta object literal for the '<em><b>Center Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE__CENTER_Y = eINSTANCE.getEllipse_CenterY();

		/**
		 * The meta object literal for the '<em><b>Radius X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE__RADIUS_X = eINSTANCE.getEllipse_RadiusX();

		/**
		 * The meta object literal for the '<em><b>Radius Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE__RADIUS_Y = eINSTANCE.getEllipse_RadiusY();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.PolygonImpl <em>Polygon</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.PolygonImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPolygon()
		 * @generated
		 */
		EClass POLYGON = eINSTANCE.getPolygon();

		/**
		 * The meta object literal for the '<em><b>Vertices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLYGON__VERTICES = eINSTANCE.getPolygon_Vertices();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.VertexImpl <em>Vertex</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.VertexImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getVertex()
		 * @generated
		 */
		EClass VERTEX = eINSTANCE.getVertex();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERTEX__X = eINSTANCE.getVertex_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERTEX__Y = eINSTANCE.getVertex_Y();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.BoundaryPartImpl <em>Boundary Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.BoundaryPartImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getBoundaryPart()
		 * @generated
		 */
		EClass BOUNDARY_PART = eINSTANCE.getBoundaryPart();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_PART__NAME = eINSTANCE.getBoundaryPart_Name();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_PART__EDGES = eINSTANCE.getBoundaryPart_Edges();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.EquationImpl <em>Equation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.EquationImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getEquation()
		 * @generated
		 */
		EClass EQUATION = eINSTANCE.getEquation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUATION__NAME = eINSTANCE.getEquation_Name();

		/**
		 * The meta object literal for the '<em><b>Residual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUATION__RESIDUAL = eINSTANCE.getEquation_Residual();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUATION__WEIGHT = eINSTANCE.getEquation_Weight();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ConditionImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__KIND = eINSTANCE.getCondition_Kind();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION__FIELD = eINSTANCE.getCondition_Field();

		/**
		 * The meta object literal for the '<em><b>Boundary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__BOUNDARY = eINSTANCE.getCondition_Boundary();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__EXPRESSION = eINSTANCE.getCondition_Expression();

		/**
		 * The meta object literal for the '<em><b>Match Derivative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__MATCH_DERIVATIVE = eINSTANCE.getCondition_MatchDerivative();

		/**
		 * The meta object literal for the '<em><b>Value Coefficient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__VALUE_COEFFICIENT = eINSTANCE.getCondition_ValueCoefficient();

		/**
		 * The meta object literal for the '<em><b>Normal Coefficient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__NORMAL_COEFFICIENT = eINSTANCE.getCondition_NormalCoefficient();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__WEIGHT = eINSTANCE.getCondition_Weight();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.HardConstraintImpl <em>Hard Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.HardConstraintImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHardConstraint()
		 * @generated
		 */
		EClass HARD_CONSTRAINT = eINSTANCE.getHardConstraint();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARD_CONSTRAINT__FIELD = eINSTANCE.getHardConstraint_Field();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARD_CONSTRAINT__VALUE = eINSTANCE.getHardConstraint_Value();

		/**
		 * The meta object literal for the '<em><b>Distance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARD_CONSTRAINT__DISTANCE = eINSTANCE.getHardConstraint_Distance();

		/**
		 * The meta object literal for the '<em><b>Vanishes On</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARD_CONSTRAINT__VANISHES_ON = eINSTANCE.getHardConstraint_VanishesOn();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ReferenceImpl <em>Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ReferenceImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getReference()
		 * @generated
		 */
		EClass REFERENCE = eINSTANCE.getReference();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__KIND = eINSTANCE.getReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Builtin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__BUILTIN = eINSTANCE.getReference_Builtin();

		/**
		 * The meta object literal for the '<em><b>Data File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__DATA_FILE = eINSTANCE.getReference_DataFile();

		/**
		 * The meta object literal for the '<em><b>Data Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__DATA_WEIGHT = eINSTANCE.getReference_DataWeight();

		/**
		 * The meta object literal for the '<em><b>Mean Shifted Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE__MEAN_SHIFTED_FIELDS = eINSTANCE.getReference_MeanShiftedFields();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.MethodSettingsImpl <em>Method Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.MethodSettingsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getMethodSettings()
		 * @generated
		 */
		EClass METHOD_SETTINGS = eINSTANCE.getMethodSettings();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_SETTINGS__NETWORK = eINSTANCE.getMethodSettings_Network();

		/**
		 * The meta object literal for the '<em><b>Lora</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_SETTINGS__LORA = eINSTANCE.getMethodSettings_Lora();

		/**
		 * The meta object literal for the '<em><b>Hypernetwork</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_SETTINGS__HYPERNETWORK = eINSTANCE.getMethodSettings_Hypernetwork();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_SETTINGS__TRAINING = eINSTANCE.getMethodSettings_Training();

		/**
		 * The meta object literal for the '<em><b>Surrogate Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_SETTINGS__SURROGATE_KIND = eINSTANCE.getMethodSettings_SurrogateKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.NetworkSettingsImpl <em>Network Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.NetworkSettingsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getNetworkSettings()
		 * @generated
		 */
		EClass NETWORK_SETTINGS = eINSTANCE.getNetworkSettings();

		/**
		 * The meta object literal for the '<em><b>Hidden Widths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SETTINGS__HIDDEN_WIDTHS = eINSTANCE.getNetworkSettings_HiddenWidths();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SETTINGS__ACTIVATION = eINSTANCE.getNetworkSettings_Activation();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SETTINGS__PRECISION = eINSTANCE.getNetworkSettings_Precision();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SETTINGS__SEED = eINSTANCE.getNetworkSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Periodic Embedding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SETTINGS__PERIODIC_EMBEDDING = eINSTANCE.getNetworkSettings_PeriodicEmbedding();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.LoraSettingsImpl <em>Lora Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.LoraSettingsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getLoraSettings()
		 * @generated
		 */
		EClass LORA_SETTINGS = eINSTANCE.getLoraSettings();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_SETTINGS__RANK = eINSTANCE.getLoraSettings_Rank();

		/**
		 * The meta object literal for the '<em><b>Ranks Per Layer</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_SETTINGS__RANKS_PER_LAYER = eINSTANCE.getLoraSettings_RanksPerLayer();

		/**
		 * The meta object literal for the '<em><b>Adapt Biases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LORA_SETTINGS__ADAPT_BIASES = eINSTANCE.getLoraSettings_AdaptBiases();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.HypernetworkSettingsImpl <em>Hypernetwork Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.HypernetworkSettingsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHypernetworkSettings()
		 * @generated
		 */
		EClass HYPERNETWORK_SETTINGS = eINSTANCE.getHypernetworkSettings();

		/**
		 * The meta object literal for the '<em><b>Hidden Widths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS = eINSTANCE.getHypernetworkSettings_HiddenWidths();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__ACTIVATION = eINSTANCE.getHypernetworkSettings_Activation();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__MODE = eINSTANCE.getHypernetworkSettings_Mode();

		/**
		 * The meta object literal for the '<em><b>Physics Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT = eINSTANCE.getHypernetworkSettings_PhysicsWeight();

		/**
		 * The meta object literal for the '<em><b>Regression Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT = eINSTANCE.getHypernetworkSettings_RegressionWeight();

		/**
		 * The meta object literal for the '<em><b>Regression Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS = eINSTANCE.getHypernetworkSettings_RegressionIterations();

		/**
		 * The meta object literal for the '<em><b>Physics Rounds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS = eINSTANCE.getHypernetworkSettings_PhysicsRounds();

		/**
		 * The meta object literal for the '<em><b>Iterations Per Round</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND = eINSTANCE.getHypernetworkSettings_IterationsPerRound();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__BATCH_SIZE = eINSTANCE.getHypernetworkSettings_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__SEED = eINSTANCE.getHypernetworkSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Physics Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER = eINSTANCE.getHypernetworkSettings_PhysicsOptimizer();

		/**
		 * The meta object literal for the '<em><b>Physics Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE = eINSTANCE.getHypernetworkSettings_PhysicsLearningRate();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.TrainingSettingsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getTrainingSettings()
		 * @generated
		 */
		EClass TRAINING_SETTINGS = eINSTANCE.getTrainingSettings();

		/**
		 * The meta object literal for the '<em><b>Collocation Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__COLLOCATION_POINTS = eINSTANCE.getTrainingSettings_CollocationPoints();

		/**
		 * The meta object literal for the '<em><b>Sampler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__SAMPLER = eINSTANCE.getTrainingSettings_Sampler();

		/**
		 * The meta object literal for the '<em><b>Boundary Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__BOUNDARY_POINTS = eINSTANCE.getTrainingSettings_BoundaryPoints();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__SEED = eINSTANCE.getTrainingSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Base Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SETTINGS__BASE_STAGES = eINSTANCE.getTrainingSettings_BaseStages();

		/**
		 * The meta object literal for the '<em><b>Fit Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SETTINGS__FIT_STAGES = eINSTANCE.getTrainingSettings_FitStages();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.OptimizerStageImpl <em>Optimizer Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.OptimizerStageImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getOptimizerStage()
		 * @generated
		 */
		EClass OPTIMIZER_STAGE = eINSTANCE.getOptimizerStage();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_STAGE__OPTIMIZER = eINSTANCE.getOptimizerStage_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_STAGE__ITERATIONS = eINSTANCE.getOptimizerStage_Iterations();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_STAGE__LEARNING_RATE = eINSTANCE.getOptimizerStage_LearningRate();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ParameterSetImpl <em>Parameter Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ParameterSetImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterSet()
		 * @generated
		 */
		EClass PARAMETER_SET = eINSTANCE.getParameterSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_SET__NAME = eINSTANCE.getParameterSet_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_SET__ROLE = eINSTANCE.getParameterSet_Role();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_SET__RULE = eINSTANCE.getParameterSet_Rule();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_SET__COUNT = eINSTANCE.getParameterSet_Count();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_SET__POINTS = eINSTANCE.getParameterSet_Points();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ParameterPointImpl <em>Parameter Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ParameterPointImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterPoint()
		 * @generated
		 */
		EClass PARAMETER_POINT = eINSTANCE.getParameterPoint();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_POINT__VALUES = eINSTANCE.getParameterPoint_Values();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ParameterValueImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VALUE__PARAMETER = eINSTANCE.getParameterValue_Parameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ResultsImpl <em>Results</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ResultsImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getResults()
		 * @generated
		 */
		EClass RESULTS = eINSTANCE.getResults();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULTS__ENGINE_VERSION = eINSTANCE.getResults_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULTS__STARTED = eINSTANCE.getResults_Started();

		/**
		 * The meta object literal for the '<em><b>Finished</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULTS__FINISHED = eINSTANCE.getResults_Finished();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__ARTIFACTS = eINSTANCE.getResults_Artifacts();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__METRICS = eINSTANCE.getResults_Metrics();

		/**
		 * The meta object literal for the '<em><b>Loss Histories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULTS__LOSS_HISTORIES = eINSTANCE.getResults_LossHistories();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.ArtifactLinkImpl <em>Artifact Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.ArtifactLinkImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getArtifactLink()
		 * @generated
		 */
		EClass ARTIFACT_LINK = eINSTANCE.getArtifactLink();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__KIND = eINSTANCE.getArtifactLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__PATH = eINSTANCE.getArtifactLink_Path();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__CREATED = eINSTANCE.getArtifactLink_Created();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__DESCRIPTION = eINSTANCE.getArtifactLink_Description();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.MetricImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__STAGE = eINSTANCE.getMetric_Stage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC__FIELD = eINSTANCE.getMetric_Field();

		/**
		 * The meta object literal for the '<em><b>Parameter Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC__PARAMETER_VALUES = eINSTANCE.getMetric_ParameterValues();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.impl.LossHistoryImpl <em>Loss History</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.impl.LossHistoryImpl
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getLossHistory()
		 * @generated
		 */
		EClass LOSS_HISTORY = eINSTANCE.getLossHistory();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_HISTORY__STAGE = eINSTANCE.getLossHistory_Stage();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_HISTORY__TERM = eINSTANCE.getLossHistory_Term();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_HISTORY__STEPS = eINSTANCE.getLossHistory_Steps();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_HISTORY__VALUES = eINSTANCE.getLossHistory_Values();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.Scale <em>Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.Scale
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getScale()
		 * @generated
		 */
		EEnum SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.CsgOperation <em>Csg Operation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.CsgOperation
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getCsgOperation()
		 * @generated
		 */
		EEnum CSG_OPERATION = eINSTANCE.getCsgOperation();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.Axis <em>Axis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.Axis
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getAxis()
		 * @generated
		 */
		EEnum AXIS = eINSTANCE.getAxis();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.ConditionKind <em>Condition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.ConditionKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getConditionKind()
		 * @generated
		 */
		EEnum CONDITION_KIND = eINSTANCE.getConditionKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.ReferenceKind <em>Reference Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.ReferenceKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getReferenceKind()
		 * @generated
		 */
		EEnum REFERENCE_KIND = eINSTANCE.getReferenceKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.SurrogateKind <em>Surrogate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.SurrogateKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSurrogateKind()
		 * @generated
		 */
		EEnum SURROGATE_KIND = eINSTANCE.getSurrogateKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.ActivationKind <em>Activation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.ActivationKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getActivationKind()
		 * @generated
		 */
		EEnum ACTIVATION_KIND = eINSTANCE.getActivationKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.Precision <em>Precision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.Precision
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getPrecision()
		 * @generated
		 */
		EEnum PRECISION = eINSTANCE.getPrecision();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.HypernetworkMode <em>Hypernetwork Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.HypernetworkMode
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getHypernetworkMode()
		 * @generated
		 */
		EEnum HYPERNETWORK_MODE = eINSTANCE.getHypernetworkMode();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.SamplerKind <em>Sampler Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.SamplerKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getSamplerKind()
		 * @generated
		 */
		EEnum SAMPLER_KIND = eINSTANCE.getSamplerKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.OptimizerKind
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.ParameterSetRole <em>Parameter Set Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.ParameterSetRole
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterSetRole()
		 * @generated
		 */
		EEnum PARAMETER_SET_ROLE = eINSTANCE.getParameterSetRole();

		/**
		 * The meta object literal for the '{@link org.hyperlora.model.ParameterRule <em>Parameter Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.model.ParameterRule
		 * @see org.hyperlora.model.impl.HyperloraPackageImpl#getParameterRule()
		 * @generated
		 */
		EEnum PARAMETER_RULE = eINSTANCE.getParameterRule();

	}

} //HyperloraPackage
