package org.hyperlora.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.MethodSettings;
import org.hyperlora.model.Reference;

/** Network, LoRA, hypernetwork and training settings, and the reference with its data weight. */
public class MethodPage extends FormPage {

    public static final String ID = "org.hyperlora.ui.method";

    private final StudyEditor editor;
    AttributeForm attributes;
    OptimizerStagesTable baseStages;
    private OptimizerStagesTable fitStages;

    public MethodPage(StudyEditor editor) {
        super(editor, ID, "Method");
        this.editor = editor;
    }

    private MethodSettings method() {
        return editor.study().getMethod();
    }

    /** The family's reference, or null (the section's rows are then disabled). */
    private Reference reference() {
        return editor.study().getFamily() == null ? null : editor.study().getFamily().getReference();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText("Method");
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(2, true));
        attributes = new AttributeForm(editor, managedForm);
        if (method() == null || method().getNetwork() == null || method().getLora() == null
                || method().getHypernetwork() == null || method().getTraining() == null) {
            toolkit.createLabel(body, "The study has no complete method settings: see the Overview and the Model page.");
            return;
        }
        Composite network = section(toolkit, body, "PINN", "What is trained — hyperlora: base PINN, LoRA fits and "
                + "hypernetwork; parametricPinn: one network with the parameters as inputs, trained with the base stages "
                + "and the hypernetwork's batch size — and the physics-informed network: hidden layer widths, activation, "
                + "precision, initialization seed, periodic embedding.");
        attributes.rows(network, toolkit, () -> method(), Literals.METHOD_SETTINGS__SURROGATE_KIND);
        attributes.rows(network, toolkit, () -> method().getNetwork(), Literals.NETWORK_SETTINGS__HIDDEN_WIDTHS,
                Literals.NETWORK_SETTINGS__ACTIVATION, Literals.NETWORK_SETTINGS__PRECISION,
                Literals.NETWORK_SETTINGS__SEED, Literals.NETWORK_SETTINGS__PERIODIC_EMBEDDING);
        Composite lora = section(toolkit, body, "LoRA", "Low-rank adapters W = W0 + A B per layer; rank below the hidden widths.");
        attributes.rows(lora, toolkit, () -> method().getLora(), this::trainsHyperLora, Literals.LORA_SETTINGS__RANK,
                Literals.LORA_SETTINGS__RANKS_PER_LAYER, Literals.LORA_SETTINGS__ADAPT_BIASES);
        Composite hyper = section(toolkit, body, "Hypernetwork", "Maps parameter values to adapters: weights (regression "
                + "onto fits), physics, or both. Physics rounds are judged midway between the training values: L-BFGS "
                + "undoes a round that makes it worse there, Adam (a fresh batch every step) ends on the best round.");
        attributes.rows(hyper, toolkit, () -> method().getHypernetwork(), this::trainsHyperLora,
                Literals.HYPERNETWORK_SETTINGS__HIDDEN_WIDTHS, Literals.HYPERNETWORK_SETTINGS__ACTIVATION,
                Literals.HYPERNETWORK_SETTINGS__MODE, Literals.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT,
                Literals.HYPERNETWORK_SETTINGS__REGRESSION_WEIGHT, Literals.HYPERNETWORK_SETTINGS__REGRESSION_ITERATIONS,
                Literals.HYPERNETWORK_SETTINGS__PHYSICS_ROUNDS, Literals.HYPERNETWORK_SETTINGS__ITERATIONS_PER_ROUND);
        // the parametric PINN draws its batches of parameter values with the same size
        attributes.rows(hyper, toolkit, () -> method().getHypernetwork(), Literals.HYPERNETWORK_SETTINGS__BATCH_SIZE);
        attributes.rows(hyper, toolkit, () -> method().getHypernetwork(), this::trainsHyperLora,
                Literals.HYPERNETWORK_SETTINGS__SEED, Literals.HYPERNETWORK_SETTINGS__PHYSICS_OPTIMIZER);
        // L-BFGS finds its own step lengths: the learning rate is Adam's alone
        attributes.rows(hyper, toolkit, () -> method().getHypernetwork(),
                () -> trainsHyperLora() && method().getHypernetwork()
                        .getPhysicsOptimizer() == org.hyperlora.model.OptimizerKind.ADAM,
                Literals.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE);
        Composite training = section(toolkit, body, "Training", "Points and sampling, and the optimizer stages of the "
                + "base PINN and of each LoRA fit (in order; double-click a cell to edit).");
        attributes.rows(training, toolkit, () -> method().getTraining(),
                Literals.TRAINING_SETTINGS__COLLOCATION_POINTS, Literals.TRAINING_SETTINGS__SAMPLER,
                Literals.TRAINING_SETTINGS__BOUNDARY_POINTS, Literals.TRAINING_SETTINGS__SEED);
        toolkit.createLabel(training, "Base PINN stages:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false,
                2, 1));
        baseStages = new OptimizerStagesTable(editor, managedForm, toolkit, training, () -> method().getTraining(),
                Literals.TRAINING_SETTINGS__BASE_STAGES);
        toolkit.createLabel(training, "LoRA fit stages:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false,
                2, 1));
        fitStages = new OptimizerStagesTable(editor, managedForm, toolkit, training, () -> method().getTraining(),
                Literals.TRAINING_SETTINGS__FIT_STAGES);
        Composite reference = section(toolkit, body, "Reference and data", "What held-out errors are measured "
                + "against: a built-in exact solution or a CSV data file (parameters, coordinates, fields). A data weight "
                + "above 0 also trains on the data (physics and data); 0 only scores.");
        attributes.rows(reference, toolkit, this::reference, Literals.REFERENCE__KIND, Literals.REFERENCE__BUILTIN,
                Literals.REFERENCE__DATA_FILE, Literals.REFERENCE__DATA_WEIGHT);
        editor.onModelChange(this::refresh);
        refresh();
    }

    private static Composite section(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return client;
    }

    void refresh() {
        if (attributes != null && !getManagedForm().getForm().isDisposed()) {
            attributes.refresh();
            if (baseStages != null) {
                baseStages.refresh();
                fitStages.refresh();
                fitStages.setApplies(trainsHyperLora());
            }
        }
    }

    /**
     * Whether the study trains the HyperLoRA surrogate, which uses the LoRA, hypernetwork and fit settings; a
     * parametric PINN does not (they are greyed out).
     */
    private boolean trainsHyperLora() {
        return method() != null && method().getSurrogateKind() == org.hyperlora.model.SurrogateKind.HYPERLORA;
    }
}
