package org.hyperlora.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kinds of units of work this process runs, by name: a unit travels as bytes in the project's own formats and a
 * kind turns its bytes into the result's bytes. A member runs only the kinds registered here, so a cluster member
 * never executes code or classes sent to it — only the project's own computations on data.
 */
public final class UnitKinds {

    /** A computation on a unit's bytes; it must give the same bytes wherever it runs. */
    @FunctionalInterface
    public interface Runner {
        byte[] run(byte[] unit) throws Exception;
    }

    private static final Map<String, Runner> KINDS = new ConcurrentHashMap<>();

    private UnitKinds() {
    }

    /** Registers a kind (the product registers its own when a command starts). */
    public static void register(String kind, Runner runner) {
        KINDS.put(kind, runner);
    }

    public static Optional<Runner> runner(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }
}
