/* empty.c: libbloc has no sources of its own; its objects come from bloccore. */
