/** The search box: places, actors and event text, tolerant of transliteration; picking a result flies the map. */
package org.incidentatlas.ui.search;
