/**
 * OpenSearch as a second, derived index (issue 18): a local cluster of real OpenSearch processes for a
 * laptop and for tests ({@link dev.paperscope.index.opensearch.LocalCluster}), the index mapping that
 * mirrors the embedded Lucene index ({@link dev.paperscope.index.opensearch.OpenSearchMapping}), and bulk
 * indexing of the catalog's records ({@link dev.paperscope.index.opensearch.OpenSearchIndex}). The
 * distribution and its k-NN plugin come from Maven Central through the build
 * ({@link dev.paperscope.index.opensearch.OpenSearchDistribution}); nothing is downloaded at run time.
 */
package dev.paperscope.index.opensearch;
