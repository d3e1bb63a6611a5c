package org.hyperlora.bench;

/** The rows of the study, in the report's order; the label is what people read. */
public enum StudyMethod {
    BASE("Base PINN at reference value (no adaptation)"),
    PINN("PINN per instance"),
    /** One row per rank of the sweep. */
    LORA_PINN("LoRA-PINN per instance, rank "),
    LORA_HYPERNET("LoRA-HyperNet (weights only)"),
    LORA_HYPERPINN("LoRA-HyperPINN (weights + physics)"),
    FULL_HYPER("Full HyperPINN (weights + physics)"),
    LORA_FINE_TUNED("LoRA-HyperPINN + fine-tuning"),
    /** The baseline users would pick instead: one PINN with the parameters as inputs, same wall time as HyperLoRA. */
    PARAMETRIC("Parametric PINN (parameters as inputs)");

    private final String label;

    StudyMethod(String label) {
        this.label = label;
    }

    /** The row's label; {@code rank} completes it for {@link #LORA_PINN}. */
    public String label(int rank) {
        return this == LORA_PINN ? label + rank : label;
    }
}
