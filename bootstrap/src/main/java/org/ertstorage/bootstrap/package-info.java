/** Composition root: reads settings once, builds every adapter and service, runs the command line. */
package org.ertstorage.bootstrap;
