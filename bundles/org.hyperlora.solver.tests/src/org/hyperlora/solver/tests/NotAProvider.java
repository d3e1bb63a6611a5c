package org.hyperlora.solver.tests;

/** A contribution whose class exists but is not a SurrogateSolverProvider. */
public final class NotAProvider {
}
