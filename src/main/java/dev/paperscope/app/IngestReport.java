package dev.paperscope.app;

import java.util.List;

/** The results of one ingest run, file by file, in the order the files were read. */
public record IngestReport(List<FileResult> files) {
    public IngestReport {
        files = List.copyOf(files);
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(FileResult::failed);
    }
}
