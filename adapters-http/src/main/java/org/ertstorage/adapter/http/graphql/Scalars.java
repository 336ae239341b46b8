package org.ertstorage.adapter.http.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;

/** The custom scalars {@code UUID}, {@code DateTime} and {@code JSONString}, all written as strings. */
final class Scalars {

    private Scalars() {
    }

    static GraphQLScalarType uuid() {
        return text("UUID", "A UUID in canonical lower-case form.");
    }

    static GraphQLScalarType dateTime() {
        return text("DateTime", "ISO 8601 date and time without time zone.");
    }

    static GraphQLScalarType jsonString() {
        return text("JSONString", "A string that holds JSON text.");
    }

    private static GraphQLScalarType text(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input.toString();
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue string) {
                    return string.getValue();
                }
                throw new CoercingParseLiteralException(name + " must be a string");
            }
        }).build();
    }
}
