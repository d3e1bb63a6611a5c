/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.workflow.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.hyperlora.workflow.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.hyperlora.workflow.WorkflowPackage
 * @generated
 */
public class WorkflowAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static WorkflowPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkflowAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = WorkflowPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowSwitch<Adapter> modelSwitch =
		new WorkflowSwitch<Adapter>() {
			@Override
			public Adapter caseWorkflow(Workflow object) {
				return createWorkflowAdapter();
			}
			@Override
			public Adapter caseStep(Step object) {
				return createStepAdapter();
			}
			@Override
			public Adapter caseStudyStep(StudyStep object) {
				return createStudyStepAdapter();
			}
			@Override
			public Adapter caseTrainStep(TrainStep object) {
				return createTrainStepAdapter();
			}
			@Override
			public Adapter caseSolverStep(SolverStep object) {
				return createSolverStepAdapter();
			}
			@Override
			public Adapter caseSolveStep(SolveStep object) {
				return createSolveStepAdapter();
			}
			@Override
			public Adapter caseSweepStep(SweepStep object) {
				return createSweepStepAdapter();
			}
			@Override
			public Adapter caseCompareStep(CompareStep object) {
				return createCompareStepAdapter();
			}
			@Override
			public Adapter caseCalibrateStep(CalibrateStep object) {
				return createCalibrateStepAdapter();
			}
			@Override
			public Adapter caseOptimizeStep(OptimizeStep object) {
				return createOptimizeStepAdapter();
			}
			@Override
			public Adapter caseQuantityBound(QuantityBound object) {
				return createQuantityBoundAdapter();
			}
			@Override
			public Adapter caseUncertaintyStep(UncertaintyStep object) {
				return createUncertaintyStepAdapter();
			}
			@Override
			public Adapter caseParameterDistribution(ParameterDistribution object) {
				return createParameterDistributionAdapter();
			}
			@Override
			public Adapter caseExportStep(ExportStep object) {
				return createExportStepAdapter();
			}
			@Override
			public Adapter caseContributedStep(ContributedStep object) {
				return createContributedStepAdapter();
			}
			@Override
			public Adapter caseParameterAssignment(ParameterAssignment object) {
				return createParameterAssignmentAdapter();
			}
			@Override
			public Adapter caseParameterPoint(ParameterPoint object) {
				return createParameterPointAdapter();
			}
			@Override
			public Adapter caseGridAxis(GridAxis object) {
				return createGridAxisAdapter();
			}
			@Override
			public Adapter caseQuantity(Quantity object) {
				return createQuantityAdapter();
			}
			@Override
			public Adapter caseProperty(Property object) {
				return createPropertyAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.Workflow
	 * @generated
	 */
	public Adapter createWorkflowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.StudyStep <em>Study Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.StudyStep
	 * @generated
	 */
	public Adapter createStudyStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.TrainStep <em>Train Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.TrainStep
	 * @generated
	 */
	public Adapter createTrainStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.SolverStep <em>Solver Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.SolverStep
	 * @generated
	 */
	public Adapter createSolverStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.SolveStep <em>Solve Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.SolveStep
	 * @generated
	 */
	public Adapter createSolveStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.SweepStep <em>Sweep Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.SweepStep
	 * @generated
	 */
	public Adapter createSweepStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.CompareStep <em>Compare Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.CompareStep
	 * @generated
	 */
	public Adapter createCompareStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.CalibrateStep <em>Calibrate Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.CalibrateStep
	 * @generated
	 */
	public Adapter createCalibrateStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.OptimizeStep <em>Optimize Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.OptimizeStep
	 * @generated
	 */
	public Adapter createOptimizeStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.QuantityBound <em>Quantity Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.QuantityBound
	 * @generated
	 */
	public Adapter createQuantityBoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.UncertaintyStep <em>Uncertainty Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.UncertaintyStep
	 * @generated
	 */
	public Adapter createUncertaintyStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.ParameterDistribution <em>Parameter Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.ParameterDistribution
	 * @generated
	 */
	public Adapter createParameterDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.ExportStep <em>Export Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.ExportStep
	 * @generated
	 */
	public Adapter createExportStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.ContributedStep <em>Contributed Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.ContributedStep
	 * @generated
	 */
	public Adapter createContributedStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.ParameterAssignment <em>Parameter Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.ParameterAssignment
	 * @generated
	 */
	public Adapter createParameterAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.ParameterPoint <em>Parameter Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.ParameterPoint
	 * @generated
	 */
	public Adapter createParameterPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.GridAxis <em>Grid Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.GridAxis
	 * @generated
	 */
	public Adapter createGridAxisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.Quantity
	 * @generated
	 */
	public Adapter createQuantityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hyperlora.workflow.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hyperlora.workflow.Property
	 * @generated
	 */
	public Adapter createPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //WorkflowAdapterFactory
