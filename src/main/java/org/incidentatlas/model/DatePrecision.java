package org.incidentatlas.model;

/** How precisely a date is known. UNKNOWN dates have no value: they are never guessed. */
public enum DatePrecision { DAY, WEEK, MONTH, YEAR, UNKNOWN }
