/** Services implementing the userdata use cases. */
package org.ertstorage.application.service.userdata;
