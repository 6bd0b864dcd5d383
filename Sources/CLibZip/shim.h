#ifndef SVCSCAN_CLIBZIP_SHIM_H
#define SVCSCAN_CLIBZIP_SHIM_H
#include <zip.h>
#endif
