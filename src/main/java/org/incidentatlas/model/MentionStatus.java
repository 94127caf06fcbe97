package org.incidentatlas.model;

public enum MentionStatus { RESOLVED, REJECTED }
