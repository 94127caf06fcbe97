/** The timeline under the map: monthly histogram, brushed time window, step and play, the undated lane. */
package org.incidentatlas.ui.timeline;
