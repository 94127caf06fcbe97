/** The review queue: what needs an analyst's eye, each item opening its sentence in the reader. */
package org.incidentatlas.ui.review;
