/** picocli commands; the only package that prints to the console. Never imports {@code ui}. */
package org.incidentatlas.cli;
