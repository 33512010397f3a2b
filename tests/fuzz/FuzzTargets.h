// SPDX-License-Identifier: GPL-3.0-or-later
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
// FuzzImap.cpp, FuzzPop3.cpp, FuzzRecords.cpp (issue 10): the first bytes of
// each input are control values (limits, configuration, how reads split).
int imapFramer(const uint8_t *data, size_t size);    // IMAP responses with literals, split anywhere
int imapSession(const uint8_t *data, size_t size);   // an IMAP server talking to a session
int pop3Framer(const uint8_t *data, size_t size);    // POP3 lines and dot-stuffed bodies
int pop3Session(const uint8_t *data, size_t size);   // a POP3 server talking to a session
int outboxRecords(const uint8_t *data, size_t size); // outbox rows as a damaged file holds them
int draftRecord(const uint8_t *data, size_t size);   // a saved draft (DraftCodec) to read back
// FuzzJourney.cpp (issue 11): a header's Received fields and claims read into a journey.
int journeyHeader(const uint8_t *data, size_t size);

} // namespace carteiro::fuzz
