package org.hyperlora.model.validation;

import org.eclipse.emf.ecore.EAttribute;

/**
 * Where in an expression attribute a problem is, for editors that mark the text: carried in a diagnostic's data
 * after the offending object.
 *
 * @param attribute the expression attribute (e.g. Equation.residual)
 * @param offset    0-based character offset
 * @param length    length of the offending text (0 at the end of the input)
 * @param line      1-based line
 * @param column    1-based column
 */
public record ExpressionPosition(EAttribute attribute, int offset, int length, int line, int column) {
}
