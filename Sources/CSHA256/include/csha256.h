#ifndef PLANX_CSHA256_H
#define PLANX_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Nonzero when this CPU has the x86 SHA extensions (SHA-NI) and planx was built for x86-64.
int planx_sha256_hw_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating `state`
/// (the eight working words H0…H7). Call only when planx_sha256_hw_available() is nonzero.
void planx_sha256_hw_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
