package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.ListBlobsOptions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.adapter.blob.TestAzurite;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: with the server on Azure Blob Storage, a file record's bytes are a blob in
 * the container and not in the database, download unchanged, and go with their experiment.
 */
class AzureBlobStorageEndToEndTest {

    private static final String BOUNDARY = "azure-e2e-boundary";

    private final EndToEndServers.AzureServer server = EndToEndServers.azure();
    private final ApiClient api = new ApiClient(server.baseUri(), TestServer.TOKEN);

    /** The blobs of the server's container whose names are the file records' blob keys. */
    private List<String> blobsOf(List<String> keys) {
        var options = new ListBlobsOptions().setDetails(new BlobListDetails().setRetrieveUncommittedBlobs(true));
        return TestAzurite.container(server.container()).listBlobs(options, null).stream()
                .map(item -> item.getName()).filter(keys::contains).toList();
    }

    private List<String> blobKeysInDatabase(String query) throws SQLException {
        var database = server.database();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var rows = connection.createStatement().executeQuery(query)) {
            var keys = new java.util.ArrayList<String>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }

    private void upload(String ensemble, String name, String content) {
        var body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        api.send("POST", "/ensembles/" + ensemble + "/records/" + name + "/file", body,
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)).expect(200);
    }

    @Test
    void givenServerOnAzure_uploadDownloadAndDeleteExperiment_keepsTheBytesInTheContainerOnly() throws SQLException {
        var experiment = api.post("/experiments", "{\"name\":\"azure-" + UUID.randomUUID() + "\"}").expect(200)
                .get("id").asText();
        var ensemble = api.post("/experiments/" + experiment + "/ensembles",
                "{\"size\":2,\"parameter_names\":[],\"response_names\":[]}").expect(200).get("id").asText();
        upload(ensemble, "single", "single-shot bytes\n");
        var blobRecord = "/ensembles/" + ensemble + "/records/chunked/blob";
        api.post(blobRecord, "").expect(200);
        api.send("PUT", blobRecord + "?block_index=1", "world", Map.of("Content-Type", "application/octet-stream")).expect(200);
        api.send("PUT", blobRecord + "?block_index=0", "hello ", Map.of("Content-Type", "application/octet-stream")).expect(200);
        api.send("PATCH", blobRecord, "", Map.of()).expect(200);

        var keys = blobKeysInDatabase("SELECT f.blob_key FROM file f JOIN record r ON r.pk = f.record_pk"
                + " JOIN record_info i ON i.pk = r.record_info_pk JOIN ensemble e ON e.pk = i.ensemble_pk"
                + " WHERE e.id = '" + ensemble + "'");
        assertEquals(2, keys.size());
        assertEquals(keys.stream().sorted().toList(), blobsOf(keys).stream().sorted().toList(),
                "each file record is a blob in the container");
        assertEquals(List.of(), blobKeysInDatabase("SELECT DISTINCT blob_key FROM blob_chunk"), "no bytes in the database");

        assertEquals("single-shot bytes\n", api.get("/ensembles/" + ensemble + "/records/single").body());
        assertEquals("hello world", api.get("/ensembles/" + ensemble + "/records/chunked").body());

        api.delete("/experiments/" + experiment).expect(200);
        assertEquals(List.of(), blobsOf(keys), "deleting the experiment deletes its blobs");
    }
}
