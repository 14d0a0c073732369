#ifndef NAVETTE_CLIBXML2_SHIM_H
#define NAVETTE_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 concurrency checking rejects.
static inline void navette_xmlFree(void *pointer) { xmlFree(pointer); }

/// Swallows libxml2's generic error messages instead of printing them on stderr.
static void navette_silentGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void navette_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, navette_silentGenericError);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
