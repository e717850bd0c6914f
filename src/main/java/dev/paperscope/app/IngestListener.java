package dev.paperscope.app;

/** Hears about ingest progress; the CLI draws a progress bar from it. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() { };

    default void started(int files) {
    }

    default void fileDone(FileResult result) {
    }
}
