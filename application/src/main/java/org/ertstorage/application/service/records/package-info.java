/** The record use cases. */
package org.ertstorage.application.service.records;
