/** The JavaFX desktop app: map, layers, popups, reader, snapshot rendering. Never imports {@code cli}. */
package org.incidentatlas.ui;
