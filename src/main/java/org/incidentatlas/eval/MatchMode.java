package org.incidentatlas.eval;

/** When a predicted span recognises a gold span: same characters, or any shared character. */
public enum MatchMode { EXACT, OVERLAP }
