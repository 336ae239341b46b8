/** The batched reads behind GraphQL's data loaders. */
package org.ertstorage.application.service.browse;
