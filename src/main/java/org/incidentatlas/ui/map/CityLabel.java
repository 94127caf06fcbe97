package org.incidentatlas.ui.map;

/** A basemap place label: capitals always, other cities by population as the map zooms in. */
public record CityLabel(String name, double lat, double lon, long population, boolean capital) {
}
