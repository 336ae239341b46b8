/** Use cases on updates. */
package org.ertstorage.application.port.in.update;
