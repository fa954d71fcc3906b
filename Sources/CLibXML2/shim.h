#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its headers would pull the system ICU into
   the same Swift module as Foundation's private ICU copy, and clang rejects the two
   different 'UErrorCode' enums. planx never touches the ICU-only fields. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a mutable C global; Swift 6 rejects reading it, so wrap it. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
