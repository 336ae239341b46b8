package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.UUID;
import org.ertstorage.application.port.in.record.RecordDetails;

/** A record as the API lists it. */
public record RecordOut(UUID id, String name, @JsonRawValue String userdata, boolean hasObservations) {

    public static RecordOut from(RecordDetails details) {
        var record = details.record();
        return new RecordOut(record.id().value(), record.name(), record.userdata().toJson(), details.hasObservations());
    }
}
