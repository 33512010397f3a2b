#pragma once
// Fuzz entry points for what the server (or a message) controls: each takes
// arbitrary bytes and must neither crash nor grow without bound. They are run
// by libFuzzer (tests/fuzz/README.md, -DCARTEIRO_FUZZ=ON with clang) and, on
// every build, by a deterministic smoke test over seeds and mutations.
#include <cstddef>
#include <cstdint>

namespace carteiro::fuzz {

int smtpSession(const uint8_t *data, size_t size);  // bytes from an SMTP server
int lineFramer(const uint8_t *data, size_t size);   // CRLF framing
int mimeTree(const uint8_t *data, size_t size);     // a message to parse
int dataEncoder(const uint8_t *data, size_t size);  // a body to dot-stuff
int sessionFile(const uint8_t *data, size_t size);  // a saved inspector session to open

} // namespace carteiro::fuzz
