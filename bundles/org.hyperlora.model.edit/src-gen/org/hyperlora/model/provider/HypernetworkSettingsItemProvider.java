/**
 * Copyright (c) 2026 HyperLoRA Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.hyperlora.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.hyperlora.model.ActivationKind;
import org.hyperlora.model.HyperloraPackage;
import org.hyperlora.model.HypernetworkSettings;

/**
 * This is the item provider adapter for a {@link org.hyperlora.model.HypernetworkSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HypernetworkSettingsItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HypernetworkSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addHiddenWidthsPropertyDescriptor(object);
			addActivationPropertyDescriptor(object);
			addModePropertyDescriptor(object);
			addPhysicsWeightPropertyDescriptor(object);
			addRegressionWeightPropertyDescriptor(object);
			addRegressionIterationsPropertyDescriptor(object);
			addPhysicsRoundsPropertyDescriptor(object);
			addIterationsPerRoundPropertyDescriptor(object);
			addBatchSizePropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addPhysicsOptimizerPropertyDescriptor(object);
			addPhysicsLearningRatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Hidden Widths feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHiddenWidthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_hiddenWidths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_hiddenWidths_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_activation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_activation_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__ACTIVATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_mode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_mode_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physics Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicsWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_physicsWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_physicsWeight_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Regression Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegressionWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_regressionWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_regressionWeight_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Regression Iterations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegressionIterationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_regressionIterations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_regressionIterations_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physics Rounds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicsRoundsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_physicsRounds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_physicsRounds_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Iterations Per Round feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIterationsPerRoundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_iterationsPerRound_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_iterationsPerRound_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Batch Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_batchSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_batchSize_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__BATCH_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_seed_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physics Optimizer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicsOptimizerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_physicsOptimizer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_physicsOptimizer_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physics Learning Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicsLearningRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HypernetworkSettings_physicsLearningRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HypernetworkSettings_physicsLearningRate_feature", "_UI_HypernetworkSettings_type"),
				 HyperloraPackage.Literals.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns HypernetworkSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/HypernetworkSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		ActivationKind labelValue = ((HypernetworkSettings)object).getActivation();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_HypernetworkSettings_type") :
			getString("_UI_HypernetworkSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(HypernetworkSettings.class)) {
			case HyperloraPackage.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ACTIVATION:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__MODE:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__BATCH_SIZE:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__SEED:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER:
			case HyperloraPackage.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HyperloraEditPlugin.INSTANCE;
	}

}
