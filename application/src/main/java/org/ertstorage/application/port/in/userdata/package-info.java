/** Use cases on the userdata of experiments, ensembles, observations and records. */
package org.ertstorage.application.port.in.userdata;
