package org.incidentatlas.model;

public enum ActorType { STATE_FORCES, ARMED_GROUP, POLITICAL, PERSON, CIVILIANS, OUTLET, OTHER, UNKNOWN }
