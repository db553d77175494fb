package org.lms.adapter.in.rest.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.lms.application.common.PageRequest;

/**
 * {@code offset} and {@code limit} of a list request. They arrive as strings so that "abc" is a
 * 422 naming the parameter, not the 404 Jakarta REST gives for an unparsable number.
 */
public class PageParameters {

    @QueryParam("offset")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,6}", message = "must be a number from 0 to " + PageRequest.MAX_OFFSET)
    String offset;

    @QueryParam("limit")
    @DefaultValue("20")
    @Pattern(regexp = "\\d{1,3}", message = "must be a number from 1 to " + PageRequest.MAX_LIMIT)
    String limit;

    public PageRequest toPageRequest() {
        return new PageRequest(Integer.parseInt(offset), Integer.parseInt(limit));
    }
}
