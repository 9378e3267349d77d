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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;
import reactor.core.publisher.Flux;

/** Loading your own data over HTTP: upload the CSV files, follow the import. */
@Controller("/api/imports")
@Tag(name = "imports")
class ImportController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportController.class);

    private final ImportJobs jobs;
    private final UploadLimits limits;

    ImportController(ImportJobs jobs, UploadLimits limits) {
        this.jobs = jobs;
        this.limits = limits;
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
                            + " first; with any error nothing is written (strict=true: nor with a warning of the consistency"
                            + " rules). Returns at once with the import's id; follow it at status.")
    @SecurityRequirement(name = "basicAuth")
    HttpResponse<Accepted> zip(
            @Nullable @Body InputStream body,
            @Nullable @QueryValue String dataset,
            @Nullable @QueryValue String strict,
            Authentication user) {
        String id = Importer.newId();
        String name = datasetName(dataset);
        boolean strictly = strict(strict);
        Path folder = null;
        try {
            if (body == null) {
                throw new Staging.BadUpload("the upload is empty or not a zip file");
            }
            folder = jobs.newFolder(id);
            List<Path> files = Staging.unzip(body, folder, limits);
            return accept(id, name, strictly, folder, files, user);
        } catch (Staging.BadUpload e) {
            deleteStaged(folder);
            throw new ApiException.BadParameter("body", e.getMessage(), List.of("a zip of the dataset's CSV files"));
        } catch (IOException e) {
            deleteStaged(folder);
            throw new UncheckedIOException(e);
        }
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Problems
    @Operation(summary = "Import a dataset (multipart: one part per CSV file, named by its file name)")
    @SecurityRequirement(name = "basicAuth")
    HttpResponse<Accepted> multipart(
            @Body MultipartBody body,
            @Nullable @QueryValue String dataset,
            @Nullable @QueryValue String strict,
            Authentication user) {
        String id = Importer.newId();
        String name = datasetName(dataset);
        boolean strictly = strict(strict);
        Path folder = null;
        try {
            folder = jobs.newFolder(id);
            List<Path> files = new ArrayList<>();
            long staged = 0;
            int parts = 0;
            for (var part : Flux.from(body).collectList().block()) {
                if (!(part instanceof CompletedFileUpload upload)) {
                    continue;
                }
                if (++parts > UploadLimits.MAX_ENTRIES) {
                    throw new ApiException.BadParameter(
                            "file",
                            "the upload has more than " + UploadLimits.MAX_ENTRIES
                                    + " parts, the limit; a dataset has at most 15 CSV files",
                            List.of("persons.csv", "sources.csv", "…"));
                }
                String file = fileName(upload.getFilename());
                if (UploadLimits.isArchiveName(file)) {
                    throw new ApiException.BadParameter(
                            "file",
                            "'" + DatasetReader.abbreviate(file) + "' is an archive; send CSV files as parts, or one"
                                    + " zip of CSV files as the body (archives inside the upload are refused)",
                            List.of("persons.csv", "sources.csv", "…"));
                }
                if (!file.endsWith(".csv") || file.startsWith(".")) {
                    throw new ApiException.BadParameter(
                            "file",
                            "'" + DatasetReader.abbreviate(file) + "' is not a .csv file",
                            List.of("persons.csv", "sources.csv", "…"));
                }
                Path target = folder.resolve(file);
                if (files.contains(target)) {
                    throw new ApiException.BadParameter(
                            "file", "'" + file + "' is sent twice", List.of("each file once"));
                }
                try (InputStream in = upload.getInputStream()) {
                    staged += limits.copyPart(in, target, file, staged);
                } catch (Staging.BadUpload e) {
                    throw new ApiException.BadParameter("file", e.getMessage(), List.of("CSV files"));
                }
                files.add(target);
            }
            if (files.isEmpty()) {
                throw new ApiException.BadParameter(
                        "file", "no CSV file in the upload", List.of("persons.csv", "sources.csv", "…"));
            }
            return accept(id, name, strictly, folder, files, user);
        } catch (ApiException e) {
            deleteStaged(folder);
            throw e;
        } catch (IOException e) {
            deleteStaged(folder);
            throw new UncheckedIOException(e);
        }
    }

    /** The part's file name without any folder; a name no file can have (NUL, control characters) is refused. */
    private static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException.BadParameter(
                    "file",
                    "'" + DatasetReader.abbreviate(name.replaceAll("\\p{Cntrl}", "?"))
                            + "' has a control character (such as NUL) in its file name",
                    List.of("persons.csv", "sources.csv", "…"));
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** A refused upload leaves nothing behind: its staging folder goes, with whatever was unpacked into it. */
    private static void deleteStaged(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Staging.deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete the refused upload's staging folder {}: {}", folder, e.getMessage());
        }
    }

    private HttpResponse<Accepted> accept(
            String id, String dataset, boolean strict, Path folder, List<Path> files, Authentication user) {
        jobs.submit(id, dataset, folder, files, user.getName(), strict);
        return HttpResponse.accepted().body(new Accepted(id, dataset, ImportState.QUEUED, "/api/imports/" + id));
    }

    /** {@code strict=true}: the consistency rules' warnings count as errors, as for {@code validate --strict}. */
    private static boolean strict(@Nullable String strict) {
        return Params.oneOf("strict", strict, List.of("true", "false"))
                .map("true"::equals)
                .orElse(false);
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
