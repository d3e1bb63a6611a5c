package org.hyperlora.engine.pde;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one-argument functions the PDE expression language knows: {@code sin cos exp log sqrt tanh abs}.
 * Their names are reserved and cannot be used as coordinate, field or parameter names.
 */
public enum BuiltinFunction {
    SIN("sin"),
    COS("cos"),
    EXP("exp"),
    LOG("log"),
    SQRT("sqrt"),
    TANH("tanh"),
    ABS("abs");

    private static final List<String> NAMES = Arrays.stream(values()).map(BuiltinFunction::symbol).toList();

    private final String symbol;

    BuiltinFunction(String symbol) {
        this.symbol = symbol;
    }

    /** The name as written in expressions, e.g. {@code "sin"}. */
    public String symbol() {
        return symbol;
    }

    /** Number of arguments; every built-in function takes exactly one. */
    public int arity() {
        return 1;
    }

    /** Applies the function to one value ({@code log} is the natural logarithm). */
    public double apply(double x) {
        return switch (this) {
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case TANH -> Math.tanh(x);
            case ABS -> Math.abs(x);
        };
    }

    /** The function with the given name, if there is one. */
    public static Optional<BuiltinFunction> named(String name) {
        for (BuiltinFunction function : values()) {
            if (function.symbol.equals(name)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** All function names in declaration order. */
    public static List<String> names() {
        return NAMES;
    }
}
