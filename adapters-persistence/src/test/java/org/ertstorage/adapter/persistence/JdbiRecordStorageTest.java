package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ertstorage.application.port.out.RecordTestData;
import org.ertstorage.application.port.out.RepositoryTestData;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.Shape;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How numeric records lie in {@code f64_matrix}: the {@code .npy} data layout, a shape array, labels as JSON. */
class JdbiRecordStorageTest {

    private static final String SELECT_MATRIX = """
            SELECT m.shape, m.content, m.labels FROM f64_matrix m JOIN record r ON r.pk = m.record_pk WHERE r.id = :id
            """;

    private static DatabaseSettings settings;
    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        settings = TestDatabases.h2();
        persistence = JdbiPersistence.open(settings);
        persistence.migrator().migrate();
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void givenNumericRecord_content_isPackedLittleEndianFloat64InRowMajorOrder() {
        double[] values = {1.5, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, 1e-300, 7.0};
        var record = stored(Matrix.unlabeled(Shape.of(2, 3), values.clone()));

        var row = matrixRow(record);

        var expected = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.stream(values).forEach(expected::putDouble);
        assertArrayEquals(expected.array(), row.content());
        assertEquals(List.of(2, 3), Arrays.asList(row.shape()));
        assertNull(row.labels());
    }

    @Test
    void givenLabeledRecord_labels_areJsonWithTheTypeOfEachAxis() {
        var record = stored(RecordTestData.labeled(LabelType.INTEGER, List.of("1", "2"),
                LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00")));

        assertEquals("""
                {"columns":{"type":"integer","values":["1","2"]},\
                "index":{"type":"timestamp","values":["2021-01-01T00:00:00"]}}""", matrixRow(record).labels());
    }

    private NumericRecord stored(Matrix matrix) {
        var experiment = RepositoryTestData.experiment();
        var ensemble = RepositoryTestData.ensemble(experiment.id());
        var record = RecordTestData.numeric(RecordTestData.numericInfo(ensemble), Optional.of(0), matrix);
        persistence.transactions().run(r -> {
            r.experiments().add(experiment);
            r.ensembles().add(ensemble);
            r.records().claimInfo(record.record().info());
            r.records().addNumeric(record);
        });
        return record;
    }

    private static MatrixRow matrixRow(NumericRecord record) {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password()).withHandle(handle -> handle
                .createQuery(SELECT_MATRIX)
                .bind("id", record.record().id().value())
                .map((rs, ctx) -> new MatrixRow((Object[]) rs.getArray("shape").getArray(), rs.getBytes("content"),
                        rs.getString("labels")))
                .one());
    }

    private record MatrixRow(Object[] shape, byte[] content, String labels) {
    }
}
