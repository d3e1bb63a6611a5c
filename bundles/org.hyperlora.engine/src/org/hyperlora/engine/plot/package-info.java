/**
 * PNG charts for study reports, drawn with plain {@code java.awt} on off-screen images and written
 * with {@code javax.imageio}: {@link org.hyperlora.engine.plot.LineChart} (error against a parameter,
 * one line per method) and {@link org.hyperlora.engine.plot.FieldPanels} (heat maps of 2-D fields side
 * by side). Nothing here needs a display, so it runs with {@code -Djava.awt.headless=true}; text needs
 * a font to be installed (any font that the JRE's logical "SansSerif" maps to).
 */
package org.hyperlora.engine.plot;
