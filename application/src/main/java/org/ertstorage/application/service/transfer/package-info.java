/** Export and import of whole experiments. */
package org.ertstorage.application.service.transfer;
