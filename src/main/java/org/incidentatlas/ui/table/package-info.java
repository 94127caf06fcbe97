/** The event table (sortable, searchable, "only what is in view") and the article list with counts. */
package org.incidentatlas.ui.table;
