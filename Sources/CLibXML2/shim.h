#ifndef NAVETTE_CLIBXML2_SHIM_H
#define NAVETTE_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's <unicode/*.h>. Those
 * clash with the ICU module Foundation ships (`_FoundationICU`, another ICU version) in any Swift file
 * that imports both, depending on which module clang loads first. navette never touches libxml2's
 * ICU converters (only two pointers at the end of xmlCharEncodingHandler, never used by value),
 * so the ICU part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

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
