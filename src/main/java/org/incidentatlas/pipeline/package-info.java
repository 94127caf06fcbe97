/** {@code Pipeline.run}: the one entry point that turns a corpus into an {@code Extraction}, for the CLI and the UI. */
package org.incidentatlas.pipeline;
