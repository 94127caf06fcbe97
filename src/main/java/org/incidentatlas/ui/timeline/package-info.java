/**
 * The timeline under the map: monthly histogram, brushed time window, step and play, the undated lane, and the
 * marks of every shown incident in one lane per date precision, aggregated per pixel column.
 */
package org.incidentatlas.ui.timeline;
