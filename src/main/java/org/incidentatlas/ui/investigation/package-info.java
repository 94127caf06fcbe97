/** Saving and reopening an investigation (view, filters, selection, layers, analyst edits) with autosave. */
package org.incidentatlas.ui.investigation;
