/**
 * The map: Web Mercator math ({@link org.incidentatlas.ui.map.WebMercator}, {@link org.incidentatlas.ui.map.MapViewport}),
 * the offline basemap (Natural Earth rings from {@code geodata/basemap}, rendered into 512 px tiles for Gluon Maps
 * through {@link org.incidentatlas.ui.map.OfflineTileRetriever}) and the layers drawn over it.
 */
package org.incidentatlas.ui.map;
