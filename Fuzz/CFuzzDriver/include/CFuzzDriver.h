#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver entry; linked in only with -sanitize=fuzzer. SwiftPM renames every
   executable's main, so the fuzzer is started from Swift through this function. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
