/** GraphQL at {@code /gql}: the reference's schema (GRAPHQL.md), its fetchers, batch loaders and transport. */
package org.ertstorage.adapter.http.graphql;
