#ifndef SVCSCAN_LEXICON_DATA_H
#define SVCSCAN_LEXICON_DATA_H

#include <stddef.h>

/// The default lexicon as `svcscan lexicon compile` writes it, built into the binary so a copied
/// `svcscan` works on its own and starts without parsing YAML. Sets `*count` to its length in bytes.
const unsigned char *svcscan_lexicon_bytes(size_t *count);

#endif
