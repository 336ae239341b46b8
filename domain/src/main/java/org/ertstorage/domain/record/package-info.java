/** Records: named numeric matrices and blobs produced for an ensemble. */
package org.ertstorage.domain.record;
