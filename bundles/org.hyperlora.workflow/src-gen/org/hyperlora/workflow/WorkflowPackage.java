/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow;

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
 * A HyperLoRA workflow: ordered steps (train a study, solve, sweep a parameter, compare with a reference, export) whose inputs and outputs are files given by paths relative to the workflow file.
 * <!-- end-model-doc -->
 * @see org.hyperlora.workflow.WorkflowFactory
 * @model kind="package"
 * @generated
 */
public interface WorkflowPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "workflow";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.hyperlora.org/workflow/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "workflow";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WorkflowPackage eINSTANCE = org.hyperlora.workflow.impl.WorkflowPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.WorkflowImpl <em>Workflow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.WorkflowImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getWorkflow()
	 * @generated
	 */
	int WORKFLOW = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__STEPS = 2;

	/**
	 * The feature id for the '<em><b>Allow Outside Outputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ALLOW_OUTSIDE_OUTPUTS = 3;

	/**
	 * The number of structural features of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.StepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 0;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.StudyStepImpl <em>Study Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.StudyStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getStudyStep()
	 * @generated
	 */
	int STUDY_STEP = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_STEP__STUDY = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Study Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Study Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.TrainStepImpl <em>Train Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.TrainStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getTrainStep()
	 * @generated
	 */
	int TRAIN_STEP = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP__NAME = STUDY_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP__STUDY = STUDY_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP__PROFILE = STUDY_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP__RESUME = STUDY_STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Train Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP_FEATURE_COUNT = STUDY_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Train Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIN_STEP_OPERATION_COUNT = STUDY_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.SolverStepImpl <em>Solver Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.SolverStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSolverStep()
	 * @generated
	 */
	int SOLVER_STEP = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP__NAME = STUDY_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP__STUDY = STUDY_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP__SOLVER = STUDY_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP__OUTPUT = STUDY_STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Solver Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP_FEATURE_COUNT = STUDY_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Solver Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_STEP_OPERATION_COUNT = STUDY_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.SolveStepImpl <em>Solve Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.SolveStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSolveStep()
	 * @generated
	 */
	int SOLVE_STEP = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__VALUES = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Grid</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__GRID = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Points File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__POINTS_FILE = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vtk Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP__VTK_OUTPUT = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Solve Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Solve Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVE_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.SweepStepImpl <em>Sweep Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.SweepStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSweepStep()
	 * @generated
	 */
	int SWEEP_STEP = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__PARAMETER = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__FROM = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__TO = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__COUNT = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Log Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__LOG_SCALE = SOLVER_STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__VALUES = SOLVER_STEP_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__RESOLUTION = SOLVER_STEP_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Quantities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP__QUANTITIES = SOLVER_STEP_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Sweep Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Sweep Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.CompareStepImpl <em>Compare Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.CompareStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getCompareStep()
	 * @generated
	 */
	int COMPARE_STEP = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__REFERENCE = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__REFERENCE_DATA = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__POINTS = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP__RESOLUTION = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Compare Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Compare Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARE_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.CalibrateStepImpl <em>Calibrate Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.CalibrateStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getCalibrateStep()
	 * @generated
	 */
	int CALIBRATE_STEP = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__DATA_FILE = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__NOISE = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP__STARTS = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Calibrate Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Calibrate Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATE_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.OptimizeStepImpl <em>Optimize Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.OptimizeStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getOptimizeStep()
	 * @generated
	 */
	int OPTIMIZE_STEP = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__GOAL = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__OBJECTIVE = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__CONSTRAINTS = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__VALUES = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__RESOLUTION = SOLVER_STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP__STARTS = SOLVER_STEP_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Optimize Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Optimize Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZE_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.QuantityBoundImpl <em>Quantity Bound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.QuantityBoundImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantityBound()
	 * @generated
	 */
	int QUANTITY_BOUND = 10;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_BOUND__QUANTITY = 0;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_BOUND__LOWER = 1;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_BOUND__UPPER = 2;

	/**
	 * The number of structural features of the '<em>Quantity Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_BOUND_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Quantity Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_BOUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.UncertaintyStepImpl <em>Uncertainty Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.UncertaintyStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getUncertaintyStep()
	 * @generated
	 */
	int UNCERTAINTY_STEP = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__NAME = SOLVER_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__STUDY = SOLVER_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__SOLVER = SOLVER_STEP__SOLVER;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__OUTPUT = SOLVER_STEP__OUTPUT;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__PARAMETERS = SOLVER_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__SAMPLES = SOLVER_STEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__RESOLUTION = SOLVER_STEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vtk Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__VTK_OUTPUT = SOLVER_STEP_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quantities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__QUANTITIES = SOLVER_STEP_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Quantities Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP__QUANTITIES_OUTPUT = SOLVER_STEP_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Uncertainty Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP_FEATURE_COUNT = SOLVER_STEP_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Uncertainty Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNCERTAINTY_STEP_OPERATION_COUNT = SOLVER_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.ParameterDistributionImpl <em>Parameter Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.ParameterDistributionImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterDistribution()
	 * @generated
	 */
	int PARAMETER_DISTRIBUTION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DISTRIBUTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DISTRIBUTION__DISTRIBUTION = 1;

	/**
	 * The number of structural features of the '<em>Parameter Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DISTRIBUTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.ExportStepImpl <em>Export Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.ExportStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getExportStep()
	 * @generated
	 */
	int EXPORT_STEP = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP__NAME = STUDY_STEP__NAME;

	/**
	 * The feature id for the '<em><b>Study</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP__STUDY = STUDY_STEP__STUDY;

	/**
	 * The feature id for the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP__WHAT = STUDY_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP__TARGET = STUDY_STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Export Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP_FEATURE_COUNT = STUDY_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Export Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_STEP_OPERATION_COUNT = STUDY_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.ContributedStepImpl <em>Contributed Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.ContributedStepImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getContributedStep()
	 * @generated
	 */
	int CONTRIBUTED_STEP = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_STEP__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_STEP__KIND = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_STEP__PROPERTIES = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Contributed Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Contributed Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.ParameterAssignmentImpl <em>Parameter Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.ParameterAssignmentImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterAssignment()
	 * @generated
	 */
	int PARAMETER_ASSIGNMENT = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_ASSIGNMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_ASSIGNMENT__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_ASSIGNMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.ParameterPointImpl <em>Parameter Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.ParameterPointImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterPoint()
	 * @generated
	 */
	int PARAMETER_POINT = 16;

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
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.GridAxisImpl <em>Grid Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.GridAxisImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getGridAxis()
	 * @generated
	 */
	int GRID_AXIS = 17;

	/**
	 * The feature id for the '<em><b>Coordinate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS__COORDINATE = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS__TO = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS__COUNT = 3;

	/**
	 * The number of structural features of the '<em>Grid Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Grid Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_AXIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.QuantityImpl <em>Quantity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.QuantityImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__FIELD = 1;

	/**
	 * The feature id for the '<em><b>Point</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__POINT = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.impl.PropertyImpl
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 19;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.QuantityKind <em>Quantity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.QuantityKind
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantityKind()
	 * @generated
	 */
	int QUANTITY_KIND = 20;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.OptimizationGoal <em>Optimization Goal</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.OptimizationGoal
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getOptimizationGoal()
	 * @generated
	 */
	int OPTIMIZATION_GOAL = 21;

	/**
	 * The meta object id for the '{@link org.hyperlora.workflow.ExportKind <em>Export Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hyperlora.workflow.ExportKind
	 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getExportKind()
	 * @generated
	 */
	int EXPORT_KIND = 22;


	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow</em>'.
	 * @see org.hyperlora.workflow.Workflow
	 * @generated
	 */
	EClass getWorkflow();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Workflow#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.workflow.Workflow#getName()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Workflow#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.hyperlora.workflow.Workflow#getDescription()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.Workflow#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.hyperlora.workflow.Workflow#getSteps()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Workflow#isAllowOutsideOutputs <em>Allow Outside Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Outside Outputs</em>'.
	 * @see org.hyperlora.workflow.Workflow#isAllowOutsideOutputs()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_AllowOutsideOutputs();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.hyperlora.workflow.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.workflow.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.StudyStep <em>Study Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study Step</em>'.
	 * @see org.hyperlora.workflow.StudyStep
	 * @generated
	 */
	EClass getStudyStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.StudyStep#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study</em>'.
	 * @see org.hyperlora.workflow.StudyStep#getStudy()
	 * @see #getStudyStep()
	 * @generated
	 */
	EAttribute getStudyStep_Study();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.TrainStep <em>Train Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Train Step</em>'.
	 * @see org.hyperlora.workflow.TrainStep
	 * @generated
	 */
	EClass getTrainStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.TrainStep#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile</em>'.
	 * @see org.hyperlora.workflow.TrainStep#getProfile()
	 * @see #getTrainStep()
	 * @generated
	 */
	EAttribute getTrainStep_Profile();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.TrainStep#isResume <em>Resume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resume</em>'.
	 * @see org.hyperlora.workflow.TrainStep#isResume()
	 * @see #getTrainStep()
	 * @generated
	 */
	EAttribute getTrainStep_Resume();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.SolverStep <em>Solver Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solver Step</em>'.
	 * @see org.hyperlora.workflow.SolverStep
	 * @generated
	 */
	EClass getSolverStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SolverStep#getSolver <em>Solver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solver</em>'.
	 * @see org.hyperlora.workflow.SolverStep#getSolver()
	 * @see #getSolverStep()
	 * @generated
	 */
	EAttribute getSolverStep_Solver();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SolverStep#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see org.hyperlora.workflow.SolverStep#getOutput()
	 * @see #getSolverStep()
	 * @generated
	 */
	EAttribute getSolverStep_Output();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.SolveStep <em>Solve Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solve Step</em>'.
	 * @see org.hyperlora.workflow.SolveStep
	 * @generated
	 */
	EClass getSolveStep();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.SolveStep#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.hyperlora.workflow.SolveStep#getValues()
	 * @see #getSolveStep()
	 * @generated
	 */
	EReference getSolveStep_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.SolveStep#getGrid <em>Grid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grid</em>'.
	 * @see org.hyperlora.workflow.SolveStep#getGrid()
	 * @see #getSolveStep()
	 * @generated
	 */
	EReference getSolveStep_Grid();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SolveStep#getPointsFile <em>Points File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points File</em>'.
	 * @see org.hyperlora.workflow.SolveStep#getPointsFile()
	 * @see #getSolveStep()
	 * @generated
	 */
	EAttribute getSolveStep_PointsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SolveStep#getVtkOutput <em>Vtk Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vtk Output</em>'.
	 * @see org.hyperlora.workflow.SolveStep#getVtkOutput()
	 * @see #getSolveStep()
	 * @generated
	 */
	EAttribute getSolveStep_VtkOutput();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.SweepStep <em>Sweep Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Step</em>'.
	 * @see org.hyperlora.workflow.SweepStep
	 * @generated
	 */
	EClass getSweepStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SweepStep#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getParameter()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SweepStep#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getFrom()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_From();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SweepStep#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getTo()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_To();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SweepStep#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getCount()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.SweepStep#isLogScale <em>Log Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Log Scale</em>'.
	 * @see org.hyperlora.workflow.SweepStep#isLogScale()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_LogScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.SweepStep#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getValues()
	 * @see #getSweepStep()
	 * @generated
	 */
	EReference getSweepStep_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.workflow.SweepStep#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resolution</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getResolution()
	 * @see #getSweepStep()
	 * @generated
	 */
	EAttribute getSweepStep_Resolution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.SweepStep#getQuantities <em>Quantities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quantities</em>'.
	 * @see org.hyperlora.workflow.SweepStep#getQuantities()
	 * @see #getSweepStep()
	 * @generated
	 */
	EReference getSweepStep_Quantities();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.CompareStep <em>Compare Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compare Step</em>'.
	 * @see org.hyperlora.workflow.CompareStep
	 * @generated
	 */
	EClass getCompareStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.CompareStep#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.hyperlora.workflow.CompareStep#getReference()
	 * @see #getCompareStep()
	 * @generated
	 */
	EAttribute getCompareStep_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.CompareStep#getReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Data</em>'.
	 * @see org.hyperlora.workflow.CompareStep#getReferenceData()
	 * @see #getCompareStep()
	 * @generated
	 */
	EAttribute getCompareStep_ReferenceData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.CompareStep#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.hyperlora.workflow.CompareStep#getPoints()
	 * @see #getCompareStep()
	 * @generated
	 */
	EReference getCompareStep_Points();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.workflow.CompareStep#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resolution</em>'.
	 * @see org.hyperlora.workflow.CompareStep#getResolution()
	 * @see #getCompareStep()
	 * @generated
	 */
	EAttribute getCompareStep_Resolution();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.CalibrateStep <em>Calibrate Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calibrate Step</em>'.
	 * @see org.hyperlora.workflow.CalibrateStep
	 * @generated
	 */
	EClass getCalibrateStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.CalibrateStep#getDataFile <em>Data File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data File</em>'.
	 * @see org.hyperlora.workflow.CalibrateStep#getDataFile()
	 * @see #getCalibrateStep()
	 * @generated
	 */
	EAttribute getCalibrateStep_DataFile();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.CalibrateStep#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.hyperlora.workflow.CalibrateStep#getNoise()
	 * @see #getCalibrateStep()
	 * @generated
	 */
	EAttribute getCalibrateStep_Noise();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.CalibrateStep#getStarts <em>Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts</em>'.
	 * @see org.hyperlora.workflow.CalibrateStep#getStarts()
	 * @see #getCalibrateStep()
	 * @generated
	 */
	EAttribute getCalibrateStep_Starts();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.OptimizeStep <em>Optimize Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimize Step</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep
	 * @generated
	 */
	EClass getOptimizeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.OptimizeStep#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getGoal()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EAttribute getOptimizeStep_Goal();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.workflow.OptimizeStep#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Objective</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getObjective()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EReference getOptimizeStep_Objective();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.OptimizeStep#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getConstraints()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EReference getOptimizeStep_Constraints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.OptimizeStep#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getValues()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EReference getOptimizeStep_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.workflow.OptimizeStep#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resolution</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getResolution()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EAttribute getOptimizeStep_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.OptimizeStep#getStarts <em>Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts</em>'.
	 * @see org.hyperlora.workflow.OptimizeStep#getStarts()
	 * @see #getOptimizeStep()
	 * @generated
	 */
	EAttribute getOptimizeStep_Starts();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.QuantityBound <em>Quantity Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity Bound</em>'.
	 * @see org.hyperlora.workflow.QuantityBound
	 * @generated
	 */
	EClass getQuantityBound();

	/**
	 * Returns the meta object for the containment reference '{@link org.hyperlora.workflow.QuantityBound#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Quantity</em>'.
	 * @see org.hyperlora.workflow.QuantityBound#getQuantity()
	 * @see #getQuantityBound()
	 * @generated
	 */
	EReference getQuantityBound_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.QuantityBound#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.hyperlora.workflow.QuantityBound#getLower()
	 * @see #getQuantityBound()
	 * @generated
	 */
	EAttribute getQuantityBound_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.QuantityBound#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.hyperlora.workflow.QuantityBound#getUpper()
	 * @see #getQuantityBound()
	 * @generated
	 */
	EAttribute getQuantityBound_Upper();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.UncertaintyStep <em>Uncertainty Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uncertainty Step</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep
	 * @generated
	 */
	EClass getUncertaintyStep();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.UncertaintyStep#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getParameters()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EReference getUncertaintyStep_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.UncertaintyStep#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getSamples()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EAttribute getUncertaintyStep_Samples();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.workflow.UncertaintyStep#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Resolution</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getResolution()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EAttribute getUncertaintyStep_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.UncertaintyStep#getVtkOutput <em>Vtk Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vtk Output</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getVtkOutput()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EAttribute getUncertaintyStep_VtkOutput();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.UncertaintyStep#getQuantities <em>Quantities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quantities</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getQuantities()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EReference getUncertaintyStep_Quantities();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.UncertaintyStep#getQuantitiesOutput <em>Quantities Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantities Output</em>'.
	 * @see org.hyperlora.workflow.UncertaintyStep#getQuantitiesOutput()
	 * @see #getUncertaintyStep()
	 * @generated
	 */
	EAttribute getUncertaintyStep_QuantitiesOutput();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.ParameterDistribution <em>Parameter Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Distribution</em>'.
	 * @see org.hyperlora.workflow.ParameterDistribution
	 * @generated
	 */
	EClass getParameterDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ParameterDistribution#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.workflow.ParameterDistribution#getName()
	 * @see #getParameterDistribution()
	 * @generated
	 */
	EAttribute getParameterDistribution_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ParameterDistribution#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution</em>'.
	 * @see org.hyperlora.workflow.ParameterDistribution#getDistribution()
	 * @see #getParameterDistribution()
	 * @generated
	 */
	EAttribute getParameterDistribution_Distribution();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.ExportStep <em>Export Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Export Step</em>'.
	 * @see org.hyperlora.workflow.ExportStep
	 * @generated
	 */
	EClass getExportStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ExportStep#getWhat <em>What</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What</em>'.
	 * @see org.hyperlora.workflow.ExportStep#getWhat()
	 * @see #getExportStep()
	 * @generated
	 */
	EAttribute getExportStep_What();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ExportStep#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.hyperlora.workflow.ExportStep#getTarget()
	 * @see #getExportStep()
	 * @generated
	 */
	EAttribute getExportStep_Target();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.ContributedStep <em>Contributed Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contributed Step</em>'.
	 * @see org.hyperlora.workflow.ContributedStep
	 * @generated
	 */
	EClass getContributedStep();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ContributedStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperlora.workflow.ContributedStep#getKind()
	 * @see #getContributedStep()
	 * @generated
	 */
	EAttribute getContributedStep_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.ContributedStep#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.hyperlora.workflow.ContributedStep#getProperties()
	 * @see #getContributedStep()
	 * @generated
	 */
	EReference getContributedStep_Properties();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.ParameterAssignment <em>Parameter Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Assignment</em>'.
	 * @see org.hyperlora.workflow.ParameterAssignment
	 * @generated
	 */
	EClass getParameterAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ParameterAssignment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hyperlora.workflow.ParameterAssignment#getName()
	 * @see #getParameterAssignment()
	 * @generated
	 */
	EAttribute getParameterAssignment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.ParameterAssignment#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperlora.workflow.ParameterAssignment#getValue()
	 * @see #getParameterAssignment()
	 * @generated
	 */
	EAttribute getParameterAssignment_Value();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.ParameterPoint <em>Parameter Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Point</em>'.
	 * @see org.hyperlora.workflow.ParameterPoint
	 * @generated
	 */
	EClass getParameterPoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hyperlora.workflow.ParameterPoint#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.hyperlora.workflow.ParameterPoint#getValues()
	 * @see #getParameterPoint()
	 * @generated
	 */
	EReference getParameterPoint_Values();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.GridAxis <em>Grid Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grid Axis</em>'.
	 * @see org.hyperlora.workflow.GridAxis
	 * @generated
	 */
	EClass getGridAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.GridAxis#getCoordinate <em>Coordinate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coordinate</em>'.
	 * @see org.hyperlora.workflow.GridAxis#getCoordinate()
	 * @see #getGridAxis()
	 * @generated
	 */
	EAttribute getGridAxis_Coordinate();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.GridAxis#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.hyperlora.workflow.GridAxis#getFrom()
	 * @see #getGridAxis()
	 * @generated
	 */
	EAttribute getGridAxis_From();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.GridAxis#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.hyperlora.workflow.GridAxis#getTo()
	 * @see #getGridAxis()
	 * @generated
	 */
	EAttribute getGridAxis_To();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.GridAxis#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.hyperlora.workflow.GridAxis#getCount()
	 * @see #getGridAxis()
	 * @generated
	 */
	EAttribute getGridAxis_Count();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity</em>'.
	 * @see org.hyperlora.workflow.Quantity
	 * @generated
	 */
	EClass getQuantity();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Quantity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hyperlora.workflow.Quantity#getKind()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Quantity#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.hyperlora.workflow.Quantity#getField()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Field();

	/**
	 * Returns the meta object for the attribute list '{@link org.hyperlora.workflow.Quantity#getPoint <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Point</em>'.
	 * @see org.hyperlora.workflow.Quantity#getPoint()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Point();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Quantity#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hyperlora.workflow.Quantity#getLabel()
	 * @see #getQuantity()
	 * @generated
	 */
	EAttribute getQuantity_Label();

	/**
	 * Returns the meta object for class '{@link org.hyperlora.workflow.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.hyperlora.workflow.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.hyperlora.workflow.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.hyperlora.workflow.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.hyperlora.workflow.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.workflow.QuantityKind <em>Quantity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantity Kind</em>'.
	 * @see org.hyperlora.workflow.QuantityKind
	 * @generated
	 */
	EEnum getQuantityKind();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.workflow.OptimizationGoal <em>Optimization Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimization Goal</em>'.
	 * @see org.hyperlora.workflow.OptimizationGoal
	 * @generated
	 */
	EEnum getOptimizationGoal();

	/**
	 * Returns the meta object for enum '{@link org.hyperlora.workflow.ExportKind <em>Export Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Export Kind</em>'.
	 * @see org.hyperlora.workflow.ExportKind
	 * @generated
	 */
	EEnum getExportKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WorkflowFactory getWorkflowFactory();

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
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.WorkflowImpl <em>Workflow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.WorkflowImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getWorkflow()
		 * @generated
		 */
		EClass WORKFLOW = eINSTANCE.getWorkflow();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__NAME = eINSTANCE.getWorkflow_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__DESCRIPTION = eINSTANCE.getWorkflow_Description();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__STEPS = eINSTANCE.getWorkflow_Steps();

		/**
		 * The meta object literal for the '<em><b>Allow Outside Outputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__ALLOW_OUTSIDE_OUTPUTS = eINSTANCE.getWorkflow_AllowOutsideOutputs();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.StepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.StudyStepImpl <em>Study Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.StudyStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getStudyStep()
		 * @generated
		 */
		EClass STUDY_STEP = eINSTANCE.getStudyStep();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_STEP__STUDY = eINSTANCE.getStudyStep_Study();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.TrainStepImpl <em>Train Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.TrainStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getTrainStep()
		 * @generated
		 */
		EClass TRAIN_STEP = eINSTANCE.getTrainStep();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIN_STEP__PROFILE = eINSTANCE.getTrainStep_Profile();

		/**
		 * The meta object literal for the '<em><b>Resume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIN_STEP__RESUME = eINSTANCE.getTrainStep_Resume();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.SolverStepImpl <em>Solver Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.SolverStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSolverStep()
		 * @generated
		 */
		EClass SOLVER_STEP = eINSTANCE.getSolverStep();

		/**
		 * The meta object literal for the '<em><b>Solver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_STEP__SOLVER = eINSTANCE.getSolverStep_Solver();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_STEP__OUTPUT = eINSTANCE.getSolverStep_Output();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.SolveStepImpl <em>Solve Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.SolveStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSolveStep()
		 * @generated
		 */
		EClass SOLVE_STEP = eINSTANCE.getSolveStep();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLVE_STEP__VALUES = eINSTANCE.getSolveStep_Values();

		/**
		 * The meta object literal for the '<em><b>Grid</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLVE_STEP__GRID = eINSTANCE.getSolveStep_Grid();

		/**
		 * The meta object literal for the '<em><b>Points File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVE_STEP__POINTS_FILE = eINSTANCE.getSolveStep_PointsFile();

		/**
		 * The meta object literal for the '<em><b>Vtk Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVE_STEP__VTK_OUTPUT = eINSTANCE.getSolveStep_VtkOutput();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.SweepStepImpl <em>Sweep Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.SweepStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getSweepStep()
		 * @generated
		 */
		EClass SWEEP_STEP = eINSTANCE.getSweepStep();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__PARAMETER = eINSTANCE.getSweepStep_Parameter();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__FROM = eINSTANCE.getSweepStep_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__TO = eINSTANCE.getSweepStep_To();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__COUNT = eINSTANCE.getSweepStep_Count();

		/**
		 * The meta object literal for the '<em><b>Log Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__LOG_SCALE = eINSTANCE.getSweepStep_LogScale();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_STEP__VALUES = eINSTANCE.getSweepStep_Values();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_STEP__RESOLUTION = eINSTANCE.getSweepStep_Resolution();

		/**
		 * The meta object literal for the '<em><b>Quantities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_STEP__QUANTITIES = eINSTANCE.getSweepStep_Quantities();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.CompareStepImpl <em>Compare Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.CompareStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getCompareStep()
		 * @generated
		 */
		EClass COMPARE_STEP = eINSTANCE.getCompareStep();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARE_STEP__REFERENCE = eINSTANCE.getCompareStep_Reference();

		/**
		 * The meta object literal for the '<em><b>Reference Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARE_STEP__REFERENCE_DATA = eINSTANCE.getCompareStep_ReferenceData();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARE_STEP__POINTS = eINSTANCE.getCompareStep_Points();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARE_STEP__RESOLUTION = eINSTANCE.getCompareStep_Resolution();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.CalibrateStepImpl <em>Calibrate Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.CalibrateStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getCalibrateStep()
		 * @generated
		 */
		EClass CALIBRATE_STEP = eINSTANCE.getCalibrateStep();

		/**
		 * The meta object literal for the '<em><b>Data File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATE_STEP__DATA_FILE = eINSTANCE.getCalibrateStep_DataFile();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATE_STEP__NOISE = eINSTANCE.getCalibrateStep_Noise();

		/**
		 * The meta object literal for the '<em><b>Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATE_STEP__STARTS = eINSTANCE.getCalibrateStep_Starts();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.OptimizeStepImpl <em>Optimize Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.OptimizeStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getOptimizeStep()
		 * @generated
		 */
		EClass OPTIMIZE_STEP = eINSTANCE.getOptimizeStep();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZE_STEP__GOAL = eINSTANCE.getOptimizeStep_Goal();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZE_STEP__OBJECTIVE = eINSTANCE.getOptimizeStep_Objective();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZE_STEP__CONSTRAINTS = eINSTANCE.getOptimizeStep_Constraints();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZE_STEP__VALUES = eINSTANCE.getOptimizeStep_Values();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZE_STEP__RESOLUTION = eINSTANCE.getOptimizeStep_Resolution();

		/**
		 * The meta object literal for the '<em><b>Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZE_STEP__STARTS = eINSTANCE.getOptimizeStep_Starts();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.QuantityBoundImpl <em>Quantity Bound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.QuantityBoundImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantityBound()
		 * @generated
		 */
		EClass QUANTITY_BOUND = eINSTANCE.getQuantityBound();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTITY_BOUND__QUANTITY = eINSTANCE.getQuantityBound_Quantity();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_BOUND__LOWER = eINSTANCE.getQuantityBound_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY_BOUND__UPPER = eINSTANCE.getQuantityBound_Upper();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.UncertaintyStepImpl <em>Uncertainty Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.UncertaintyStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getUncertaintyStep()
		 * @generated
		 */
		EClass UNCERTAINTY_STEP = eINSTANCE.getUncertaintyStep();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNCERTAINTY_STEP__PARAMETERS = eINSTANCE.getUncertaintyStep_Parameters();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY_STEP__SAMPLES = eINSTANCE.getUncertaintyStep_Samples();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY_STEP__RESOLUTION = eINSTANCE.getUncertaintyStep_Resolution();

		/**
		 * The meta object literal for the '<em><b>Vtk Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY_STEP__VTK_OUTPUT = eINSTANCE.getUncertaintyStep_VtkOutput();

		/**
		 * The meta object literal for the '<em><b>Quantities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNCERTAINTY_STEP__QUANTITIES = eINSTANCE.getUncertaintyStep_Quantities();

		/**
		 * The meta object literal for the '<em><b>Quantities Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNCERTAINTY_STEP__QUANTITIES_OUTPUT = eINSTANCE.getUncertaintyStep_QuantitiesOutput();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.ParameterDistributionImpl <em>Parameter Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.ParameterDistributionImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterDistribution()
		 * @generated
		 */
		EClass PARAMETER_DISTRIBUTION = eINSTANCE.getParameterDistribution();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DISTRIBUTION__NAME = eINSTANCE.getParameterDistribution_Name();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_DISTRIBUTION__DISTRIBUTION = eINSTANCE.getParameterDistribution_Distribution();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.ExportStepImpl <em>Export Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.ExportStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getExportStep()
		 * @generated
		 */
		EClass EXPORT_STEP = eINSTANCE.getExportStep();

		/**
		 * The meta object literal for the '<em><b>What</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_STEP__WHAT = eINSTANCE.getExportStep_What();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_STEP__TARGET = eINSTANCE.getExportStep_Target();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.ContributedStepImpl <em>Contributed Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.ContributedStepImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getContributedStep()
		 * @generated
		 */
		EClass CONTRIBUTED_STEP = eINSTANCE.getContributedStep();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTED_STEP__KIND = eINSTANCE.getContributedStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTED_STEP__PROPERTIES = eINSTANCE.getContributedStep_Properties();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.ParameterAssignmentImpl <em>Parameter Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.ParameterAssignmentImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterAssignment()
		 * @generated
		 */
		EClass PARAMETER_ASSIGNMENT = eINSTANCE.getParameterAssignment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_ASSIGNMENT__NAME = eINSTANCE.getParameterAssignment_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_ASSIGNMENT__VALUE = eINSTANCE.getParameterAssignment_Value();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.ParameterPointImpl <em>Parameter Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.ParameterPointImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getParameterPoint()
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
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.GridAxisImpl <em>Grid Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.GridAxisImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getGridAxis()
		 * @generated
		 */
		EClass GRID_AXIS = eINSTANCE.getGridAxis();

		/**
		 * The meta object literal for the '<em><b>Coordinate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_AXIS__COORDINATE = eINSTANCE.getGridAxis_Coordinate();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_AXIS__FROM = eINSTANCE.getGridAxis_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_AXIS__TO = eINSTANCE.getGridAxis_To();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_AXIS__COUNT = eINSTANCE.getGridAxis_Count();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.QuantityImpl <em>Quantity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.QuantityImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantity()
		 * @generated
		 */
		EClass QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__KIND = eINSTANCE.getQuantity_Kind();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__FIELD = eINSTANCE.getQuantity_Field();

		/**
		 * The meta object literal for the '<em><b>Point</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__POINT = eINSTANCE.getQuantity_Point();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTITY__LABEL = eINSTANCE.getQuantity_Label();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.impl.PropertyImpl
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.QuantityKind <em>Quantity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.QuantityKind
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getQuantityKind()
		 * @generated
		 */
		EEnum QUANTITY_KIND = eINSTANCE.getQuantityKind();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.OptimizationGoal <em>Optimization Goal</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.OptimizationGoal
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getOptimizationGoal()
		 * @generated
		 */
		EEnum OPTIMIZATION_GOAL = eINSTANCE.getOptimizationGoal();

		/**
		 * The meta object literal for the '{@link org.hyperlora.workflow.ExportKind <em>Export Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hyperlora.workflow.ExportKind
		 * @see org.hyperlora.workflow.impl.WorkflowPackageImpl#getExportKind()
		 * @generated
		 */
		EEnum EXPORT_KIND = eINSTANCE.getExportKind();

	}

} //WorkflowPackage
