/**
 * Showing where a fact comes from: evidence popups with the quoted sentence and its highlighted spans, and the
 * article reader. Evidence is joined to the article text only here, when it is shown.
 */
package org.incidentatlas.ui.source;
