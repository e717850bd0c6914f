package dev.paperscope.search.dense;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A BERT-style embedding model run directly on ONNX Runtime with real batching: a list of texts is
 * tokenized at once, ordered by length so that batches hold texts of similar length (little padding),
 * and each batch is one session call over a {@code [batch, longest]} tensor using every configured
 * core. langchain4j's {@code embedAll} instead runs one call per text.
 *
 * <p>Thread-safe: ONNX Runtime sessions and the tokenizer allow concurrent use. {@link #close()} must
 * not race with embedding calls.
 */
final class OnnxEmbedder extends SpecEmbedder {
    private final EmbedderConfig config;
    private final int maxTokens;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private volatile boolean closed;

    private OnnxEmbedder(ModelSpec spec, EmbedderConfig config, OrtSession session, HuggingFaceTokenizer tokenizer) {
        super(spec);
        this.config = config;
        this.maxTokens = Math.min(config.maxTokens(), spec.maxTokens());
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    static OnnxEmbedder load(ModelSpec spec, EmbedderConfig config) {
        int maxTokens = Math.min(config.maxTokens(), spec.maxTokens());
        OrtSession session = openSession(spec, config);
        try {
            checkOutput(spec, session);
            return new OnnxEmbedder(spec, config, session, openTokenizer(spec, maxTokens));
        } catch (RuntimeException e) {
            closeQuietly(session, e);
            throw e;
        }
    }

    private static OrtSession openSession(ModelSpec spec, EmbedderConfig config) {
        byte[] model = resource(spec.onnxResource());
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(config.threads());
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle ONNX threads otherwise spin for a while after each call, taking the cores from the BM25 and
            // HNSW work that follows the query embedding: hybrid p99 58 -> 32 ms at 100k documents, p50 the same.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return OrtEnvironment.getEnvironment().createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load embedding model " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    /** Fails at load time, not at the first batch, when the model is not the [batch, tokens, dim] encoder we expect. */
    private static void checkOutput(ModelSpec spec, OrtSession session) {
        try {
            NodeInfo first = session.getOutputInfo().values().iterator().next();
            long[] shape = ((TensorInfo) first.getInfo()).getShape();
            if (shape.length != 3 || shape[2] != spec.dimension()) {
                throw new IllegalStateException("embedding model " + spec.name() + " outputs shape "
                        + Arrays.toString(shape) + ", expected [batch, tokens, " + spec.dimension() + "]");
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot inspect embedding model " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static HuggingFaceTokenizer openTokenizer(ModelSpec spec, int maxTokens) {
        // Options override the tokenizer.json's own (MiniLM's pads and truncates to 128): we pad per batch.
        Map<String, String> options = Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens));
        try (InputStream in = new ByteArrayInputStream(resource(spec.tokenizerResource()))) {
            return HuggingFaceTokenizer.newInstance(in, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer of " + spec.name(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("embedding model resource " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding model resource " + name, e);
        }
    }

    @Override
    public String modelId() {
        // Vectors of another truncation differ, so they must not share cache entries.
        return maxTokens == spec.maxTokens() ? spec.name() : spec.name() + "@" + maxTokens;
    }

    @Override
    List<float[]> embedRaw(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("embedder " + modelId() + " is closed");
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int[] byLength = IntStream.range(0, encodings.length).boxed()
                .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length))
                .mapToInt(Integer::intValue).toArray();
        float[][] out = new float[encodings.length][];
        for (int from = 0; from < byLength.length; from += config.batchSize()) {
            int[] batch = Arrays.copyOfRange(byLength, from, Math.min(from + config.batchSize(), byLength.length));
            float[][] vectors = run(TokenBatch.of(encodings, batch));
            for (int k = 0; k < batch.length; k++) {
                out[batch[k]] = vectors[k];
            }
        }
        return List.of(out);
    }

    private float[][] run(TokenBatch batch) {
        long[] shape = {batch.size(), batch.width()};
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.ids()), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.mask()), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.types()), shape)) {
            Map<String, OnnxTensor> inputs = takesTokenTypes
                    ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
                    : Map.of("input_ids", ids, "attention_mask", mask);
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] vectors = new float[batch.size()][];
                for (int row = 0; row < batch.size(); row++) {
                    vectors[row] = Vectors.normalizeInPlace(
                            spec.pooling().pool(hidden, batch.mask(), row, batch.width(), spec.dimension()));
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding model " + spec.name() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        RuntimeException failure = null;
        try {
            tokenizer.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            session.close();
        } catch (OrtException e) {
            IllegalStateException closing = new IllegalStateException("cannot close embedding model " + spec.name(), e);
            if (failure != null) {
                closing.addSuppressed(failure);
            }
            throw closing;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeQuietly(OrtSession session, RuntimeException cause) {
        try {
            session.close();
        } catch (OrtException e) {
            cause.addSuppressed(e);
        }
    }
}
