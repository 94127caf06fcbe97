package org.incidentatlas.model;

/** How the source presents an event. */
public enum EventStatus { REPORTED, CLAIMED, ALLEGED, DENIED, THREATENED, PLANNED }
