/**
 * The PDE expression language: users write one residual per equation, e.g. Burgers
 * {@code u_t + u*u_x - nu*u_xx}, and boundary right-hand sides such as {@code -sin(pi*x)}.
 *
 * <h2>Language</h2>
 * <ul>
 * <li>Numbers: {@code 1}, {@code 2.5}, {@code .5}, {@code 1e-3}.</li>
 * <li>Names from a {@link org.hyperlora.engine.pde.SymbolTable}: coordinates, fields, parameters, and the
 * constants {@code pi} and {@code e}.</li>
 * <li>Operators {@code + - * / ^} and parentheses. {@code ^} is right-associative and binds tighter than
 * unary minus: {@code 2^3^2 = 512}, {@code -2^2 = -4}, {@code 2^-1 = 0.5}. There is no implicit
 * multiplication: write {@code 2*x}.</li>
 * <li>Functions of one argument: {@code sin cos exp log sqrt tanh abs} ({@code log} is natural).</li>
 * <li>Derivatives {@code FIELD_COORDS}, of order 1 or 2: {@code u_x}, {@code u_xx}, {@code u_xy},
 * {@code u_t}. Coordinate names may be longer than one letter, so the suffix after {@code _} is read as a
 * run of coordinate names: with coordinates {@code r} and {@code theta}, {@code u_rtheta} is
 * d²u/dr dθ. The symbol table rejects coordinate names for which such a run of one or two names could be
 * read two ways (for instance {@code x} together with {@code xx}), so every derivative of order 1 or 2 has
 * exactly one reading; a suffix that cannot be read as coordinate names is an error at the first character
 * that cannot be matched. The order of the letters does not matter: {@code u_xy} is {@code u_yx}.</li>
 * <li>Whitespace, including newlines, is free. One expression per parse; several equations are several
 * strings.</li>
 * </ul>
 *
 * <h2>Use</h2>
 * <pre>
 * SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
 * Expression burgers = Expression.parse("u_t + u*u_x - nu*u_xx", symbols);   // ExpressionException on errors
 * burgers.streams();                   // u, u_x, u_t, u_xx as StreamKeys
 * CompiledExpression residual = burgers.compile();
 * double[] r = residual.evaluate(columns);              // all N points at once
 * residual.backward(columns, dLdr, adjoints::get);      // adds dL/d(stream) per point
 * symbols.parse("-sin(pi*x)").derivative(0);           // -(pi*cos(pi*x)), symbolic (field-free only)
 * </pre>
 */
package org.hyperlora.engine.pde;
