/** Encodings of numeric records: JSON, CSV, NumPy .npy and Parquet, chosen by media type. */
package org.ertstorage.adapter.formats.matrix;
