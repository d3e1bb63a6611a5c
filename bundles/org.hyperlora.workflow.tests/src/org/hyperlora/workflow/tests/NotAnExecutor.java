package org.hyperlora.workflow.tests;

/** A contribution whose class is not a step executor. */
public final class NotAnExecutor {
}
