// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One POP3 status line (RFC 1939 §3): "+OK text" or "-ERR text", optionally
// with an extended response code in brackets (RFC 2449 §8, RFC 3206), or a
// SASL continuation "+ base64" during AUTH (RFC 5034 §4).
#include <QByteArray>
#include <QString>
#include <optional>

namespace carteiro {

struct Pop3Response
{
    enum class Status { Ok, Err, Continuation };
    Status status = Status::Err;
    QByteArray code; // "IN-USE", "SYS/TEMP", "AUTH" (upper case), empty when none
    QByteArray text; // the human text after the status (and after the code)

    bool isOk() const { return status == Status::Ok; }
    bool isErr() const { return status == Status::Err; }
    bool isContinuation() const { return status == Status::Continuation; }
    // The login may succeed later without any change by the user (RFC 2449 §8.1, RFC 3206 §4).
    bool isTemporary() const;
    // The credentials were refused (RFC 3206 §5: [AUTH]).
    bool isCredentialFailure() const { return code == "AUTH"; }
    // "-ERR [IN-USE] mailbox locked" plus the catalog's meaning of the code, for errors.
    QString describe() const;

    // Parses one line (without CRLF); nullopt when it is neither +OK, -ERR nor
    // (when `allowContinuation`) "+ ...": the peer is not speaking POP3.
    static std::optional<Pop3Response> parse(const QByteArray &line, bool allowContinuation);
};

} // namespace carteiro
