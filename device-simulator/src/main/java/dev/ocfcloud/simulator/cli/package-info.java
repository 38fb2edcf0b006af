/** The {@code device-simulator.jar} command line: options, a bounded run, progress and summary. */
package dev.ocfcloud.simulator.cli;
