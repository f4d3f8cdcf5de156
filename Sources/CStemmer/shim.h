#ifndef WB_CSTEMMER_SHIM_H
#define WB_CSTEMMER_SHIM_H
/* Snowball stemmers from Debian's libstemmer-dev (no pkg-config file ships with it). */
#include <libstemmer.h>
#endif
