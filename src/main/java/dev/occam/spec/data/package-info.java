/**
 * Readers of the data files a spec may name for a matrix or vector ({@code X: {file: X.npy}}):
 * numpy's .npy and .npz and plain .csv, into {@link dev.occam.spec.data.NumericArray}s. {@link
 * dev.occam.spec.data.DataFiles} confines the path to the spec's directory and bounds the size;
 * errors are {@link dev.occam.spec.data.DataFileException}s that the spec loader locates.
 */
package dev.occam.spec.data;
