//! `import`: the encodings of the office's CSV files, as Excel and other programs save them,
//! and the rows a warning names.
