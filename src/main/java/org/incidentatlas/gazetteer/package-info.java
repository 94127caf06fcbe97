/**
 * The place-name index: places and their aliases from {@code geodata/gazetteer}, looked up by
 * {@link org.incidentatlas.text.NameFolding} key. {@link org.incidentatlas.gazetteer.GazetteerLoader} reads the
 * compacted world data and the hand-checked supplement; {@link org.incidentatlas.gazetteer.InMemoryGazetteer} holds
 * them; {@link org.incidentatlas.gazetteer.FoldedKeysWriter} is the build step that stores folded keys.
 * Depends on {@code model} and {@code text}.
 */
package org.incidentatlas.gazetteer;
