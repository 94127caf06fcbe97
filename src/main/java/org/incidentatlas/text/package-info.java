/**
 * Text handling with offsets: decoding, HTML to text with a map back to source offsets, sentence splitting,
 * boilerplate marking, and name folding. Depends on {@code model} only.
 */
package org.incidentatlas.text;
