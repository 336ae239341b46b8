/** The subset of Parquet that pandas frames need: Thrift compact footer, flat columns, Snappy and GZIP pages. */
package org.ertstorage.adapter.formats.matrix.parquet;
