#ifndef SVCSCAN_CLIBXML2_SHIM_H
#define SVCSCAN_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers would pull the system ICU module into Swift,
// which clashes with Foundation's own ICU on a clean build (PLATFORM-NOTES §1). Include the
// version header first and switch the ICU declarations off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

static void svcscan_xml_ignore_generic(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

static void svcscan_xml_ignore_structured(void *ctx, xmlErrorPtr error) {
    (void)ctx; (void)error;
}

/// Silences libxml2's error printing for the calling thread (handlers are per thread); errors are
/// read from the parser context instead. Swift cannot implement the variadic callback (PLATFORM-NOTES §11).
static inline void svcscan_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, svcscan_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, svcscan_xml_ignore_structured);
}

static xmlParserInputPtr svcscan_deny_external_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

/// Installs a process-wide external entity loader that refuses every URL (PLATFORM-NOTES §9).
static inline void svcscan_xml_deny_external_entities(void) {
    xmlSetExternalEntityLoader(svcscan_deny_external_entity);
}

#endif
