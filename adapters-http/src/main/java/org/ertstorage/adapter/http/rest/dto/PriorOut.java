package org.ertstorage.adapter.http.rest.dto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.prior.PriorFunction;

/** A prior in a response: {@code function} first, then its arguments, floats except {@code bins}. */
public final class PriorOut {

    private PriorOut() {
    }

    public static Map<String, Object> from(Prior prior) {
        var out = new LinkedHashMap<String, Object>();
        out.put("function", prior.function().wireName());
        prior.arguments().forEach((name, value) ->
                out.put(name, name.equals(PriorFunction.BINS) ? (Object) value.intValue() : value));
        return out;
    }
}
