/**
 * The place-name index: places and their aliases from {@code geodata/gazetteer}, looked up by folded name.
 * Depends on {@code model} and {@code text}.
 */
package org.incidentatlas.gazetteer;
