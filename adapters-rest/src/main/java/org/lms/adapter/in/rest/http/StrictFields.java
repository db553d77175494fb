package org.lms.adapter.in.rest.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request record whose JSON may name only the record's own fields, also inside nested
 * records and lists of them: anything else (a client-computed {@code "score"}, a misspelt field) is
 * refused with 422 naming it, instead of being silently ignored. Read by {@link StrictJsonBodyReader}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictFields {
}
