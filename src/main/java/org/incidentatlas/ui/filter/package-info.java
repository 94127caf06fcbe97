/** The facet panel: counts per event type, actor, status, publisher and precision, filter chips, reset. */
package org.incidentatlas.ui.filter;
