/**
 * Numeric records as bytes: JSON in the original server's dialect, pandas-style CSV, NumPy .npy and
 * Parquet. No web framework, so both the REST adapter and the batch commands use it.
 */
module org.ertstorage.adapter.formats {
    requires transitive org.ertstorage.domain;
    requires transitive com.fasterxml.jackson.databind;
    requires de.siegmar.fastcsv;

    exports org.ertstorage.adapter.formats;
    exports org.ertstorage.adapter.formats.matrix;
}
