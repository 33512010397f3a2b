// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved inspector session: every connection, every event with its timing and
// explanation key, and the messages the MIME tab showed, in one versioned JSON
// file (format described in core/trace/README.md). A teacher saves a class at
// home and opens it where there is no network; nothing in it is a secret, since
// events are masked at the tap (TraceHub) and the writer masks once more.
//
// The loader treats the file as hostile: sizes and counts are bounded, and a
// damaged file is refused with an error that names what was wrong (the byte
// where the JSON breaks, the event and field, the unknown value).
#include "trace/TraceHub.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace carteiro {

struct SessionMessage
{
    QString label;  // what the MIME tab showed ("message just sent")
    QByteArray raw; // the RFC 5322 message, as sent
};

struct SessionData
{
    QList<TraceConnectionInfo> connections;
    QList<TraceEvent> events; // in id order, ids, timestamps and explanation keys as recorded
    QList<SessionMessage> messages;
    QDateTime created;                        // UTC, informative
};

// The loader's bounds (SessionFile::Limits).
struct SessionFileLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    int maxConnections = 1024;
    int maxEvents = 1000000;
    int maxLineBytes = 1024 * 1024; // one event's bytes
    int maxTextChars = 4096;        // labels, verbs, codes, TLS fields, keys
    int maxMessages = 32;
    qint64 maxMessageBytes = 64LL * 1024 * 1024;
};

class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
public:
    static constexpr int kVersion = 1;
    static QString formatName() { return QStringLiteral("carteiro-session"); }

    using Limits = SessionFileLimits;

    using Redactor = std::function<QByteArray(const QByteArray &)>;

    // UTF-8 JSON, one event per line. `redact` (TraceHub::redact) masks every
    // event's bytes and every message once more before they are written.
    static QByteArray write(const SessionData &data, const Redactor &redact = {});
    static std::optional<SessionData> read(const QByteArray &bytes, QString *error,
                                           const Limits &limits = Limits());

    static bool save(const QString &path, const SessionData &data, QString *error,
                     const Redactor &redact = {});
    static std::optional<SessionData> load(const QString &path, QString *error,
                                           const Limits &limits = Limits());

    // The names the file uses for the enums ("C", "S", "*"; "line", "body", ...).
    static QString directionName(Direction d);
    static QString kindName(TraceKind k);
    static QString protocolKey(Protocol p);
};

} // namespace carteiro
