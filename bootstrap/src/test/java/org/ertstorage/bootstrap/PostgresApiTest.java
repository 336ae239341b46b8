package org.ertstorage.bootstrap;

import org.ertstorage.adapter.http.api.ApiTarget;
import org.ertstorage.adapter.http.api.BadInputApiContract;
import org.ertstorage.adapter.http.api.BlobApiContract;
import org.ertstorage.adapter.http.api.FuzzApiContract;
import org.ertstorage.adapter.http.api.BulkUploadApiContract;
import org.ertstorage.adapter.http.api.ConditionalReadApiContract;
import org.ertstorage.adapter.http.api.ServiceApiContract;
import org.ertstorage.adapter.http.api.StreamedUploadApiContract;
import org.ertstorage.adapter.http.api.ExperimentApiContract;
import org.ertstorage.adapter.http.api.PriorApiContract;
import org.ertstorage.adapter.http.api.QueryParameterApiContract;
import org.ertstorage.adapter.http.api.EnsembleApiContract;
import org.ertstorage.adapter.http.api.ObservationApiContract;
import org.ertstorage.adapter.http.api.UpdateApiContract;
import org.ertstorage.adapter.http.api.UserdataApiContract;
import org.ertstorage.adapter.http.api.GraphQlApiContract;
import org.ertstorage.adapter.http.api.RecordApiContract;
import org.ertstorage.adapter.http.api.ValidationApiContract;
import org.junit.jupiter.api.Nested;

/** The API contract suites against the whole application on PostgreSQL (ERT_STORAGE_TEST_DATABASE_URL, else Testcontainers, else skipped). */
class PostgresApiTest {

    private static final ApiTarget TARGET = new ApiTarget(EndToEndServers::postgres, TestServer.TOKEN);

    @Nested
    class Service extends ServiceApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Experiment extends ExperimentApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Prior extends PriorApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Ensemble extends EnsembleApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Observation extends ObservationApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Update extends UpdateApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Userdata extends UserdataApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Validation extends ValidationApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Record extends RecordApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class BulkUpload extends BulkUploadApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class StreamedUpload extends StreamedUploadApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class ConditionalRead extends ConditionalReadApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Blob extends BlobApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class GraphQl extends GraphQlApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class BadInput extends BadInputApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class QueryParameter extends QueryParameterApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Fuzz extends FuzzApiContract {
        @Override
        protected ApiTarget target() {
            return TARGET;
        }
    }
}
