package org.dissentgraph.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Problems;
import reactor.core.publisher.Flux;

/** Loading your own data over HTTP: upload the CSV files, follow the import. */
@Controller("/api/imports")
@Tag(name = "imports")
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Serdeable
    record Accepted(String id, String dataset, ImportState state, String status) {}

    @Post(consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Problems
    @Operation(
            summary = "Import a dataset (zip of CSV files)",
            description =
                    "Needs credentials (Basic from DISSENT_WRITE_USERS, or Bearer DISSENT_API_TOKEN). Validates everything"
                            + " first; with any error nothing is written. Returns at once with the import's id; follow it at status.")
    @SecurityRequirement(name = "basicAuth")
    HttpResponse<Accepted> zip(
            @Nullable @Body InputStream body, @Nullable @QueryValue String dataset, Authentication user) {
        String id = Importer.newId();
        String name = datasetName(dataset);
        try {
            if (body == null) {
                throw new Staging.BadUpload("the upload is empty or not a zip file");
            }
            Path folder = jobs.newFolder(id);
            List<Path> files = Staging.unzip(body, folder);
            return accept(id, name, folder, files, user);
        } catch (Staging.BadUpload e) {
            throw new ApiException.BadParameter("body", e.getMessage(), List.of("a zip of the dataset's CSV files"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Problems
    @Operation(summary = "Import a dataset (multipart: one part per CSV file, named by its file name)")
    @SecurityRequirement(name = "basicAuth")
    HttpResponse<Accepted> multipart(
            @Body MultipartBody body, @Nullable @QueryValue String dataset, Authentication user) {
        String id = Importer.newId();
        String name = datasetName(dataset);
        try {
            Path folder = jobs.newFolder(id);
            List<Path> files = new ArrayList<>();
            for (var part : Flux.from(body).collectList().block()) {
                if (!(part instanceof CompletedFileUpload upload)) {
                    continue;
                }
                String file = Path.of(upload.getFilename()).getFileName().toString();
                if (!file.endsWith(".csv") || file.startsWith(".")) {
                    throw new ApiException.BadParameter(
                            "file", "'" + file + "' is not a .csv file", List.of("persons.csv", "sources.csv", "…"));
                }
                Path target = folder.resolve(file);
                if (files.contains(target)) {
                    throw new ApiException.BadParameter(
                            "file", "'" + file + "' is sent twice", List.of("each file once"));
                }
                try (InputStream in = upload.getInputStream()) {
                    Files.copy(in, target);
                }
                files.add(target);
            }
            if (files.isEmpty()) {
                throw new ApiException.BadParameter(
                        "file", "no CSV file in the upload", List.of("persons.csv", "sources.csv", "…"));
            }
            return accept(id, name, folder, files, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<Accepted> accept(
            String id, String dataset, Path folder, List<Path> files, Authentication user) {
        jobs.submit(id, dataset, folder, files, user.getName());
        return HttpResponse.accepted().body(new Accepted(id, dataset, ImportState.QUEUED, "/api/imports/" + id));
    }

    private static String datasetName(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return "upload";
        }
        if (!dataset.matches("[a-z0-9][a-z0-9-]{0,79}") || dataset.equals("bundled")) {
            throw new ApiException.BadParameter(
                    "dataset",
                    "'" + DatasetReader.abbreviate(dataset) + "' is not a dataset name"
                            + (dataset.equals("bundled") ? " (bundled is the service's own)" : ""),
                    List.of("lower-case letters, digits and '-'"));
        }
        return dataset;
    }

    @Get("/{id}")
    @Problems
    @Problems.NotFound
    @Operation(summary = "An import's state, counts, progress and errors")
    ImportStatus status(@PathVariable String id) {
        return jobs.status(id).orElseThrow(() -> new ApiException.NotFound("import", id));
    }
}
