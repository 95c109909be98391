from _lib import A, E, add
