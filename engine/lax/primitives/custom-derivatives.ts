// (module being written)
