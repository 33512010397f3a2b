// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one connection's transcript says about the server and about Carteiro:
// the capabilities offered before and after TLS (EHLO keywords, IMAP CAPABILITY
// atoms including [CAPABILITY ...] response codes, POP3 CAPA tags), which of them
// the client used (read from the commands it sent), the TLS handshake, bytes
// discarded at the STARTTLS boundary, and warnings that teach. Plain data from
// TraceEvents: it works the same for a live connection, the console and a
// transcript read back from text (tests/data/transcripts).
#include "trace/CapabilityExplanation.h"
#include "trace/TraceEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace carteiro {

struct OfferedCapability
{
    QString name;            // "PIPELINING", "AUTH", "AUTH=PLAIN", "SASL" (as the server wrote it)
    bool beforeTls = false;  // offered on the plain connection
    bool afterTls = false;   // offered inside TLS (after STARTTLS, or implicit TLS)
    QString paramsBeforeTls; // "PLAIN LOGIN", "41943040" (may differ on each side)
    QString paramsAfterTls;
    bool offered = true;  // false: used by the client although the server never listed it
    bool used = false;    // the client used it
    QString usedBy;       // the first client line that used it (already redacted)
    QString usedDetail;   // "SCRAM-SHA-256" for AUTH/SASL, "286" for SIZE, "2" commands in flight
    bool refused = false; // a command that used it was answered with 5xx / BAD / -ERR
    QString refusal;      // that answer
    CapabilityExplanation explanation;
};

struct AnalysisWarning
{
    enum class Kind
    {
        AuthBeforeTls,         // authentication offered on the plain connection
        CredentialsWithoutTls, // authentication used outside TLS
        StartTlsMissing,       // plain connection without STARTTLS / STLS offered
        SizeBelowMessage,      // SMTP SIZE limit smaller than the message sent
        LoginDisabled,         // IMAP LOGINDISABLED advertised (and LOGIN sent anyway?)
        ExtensionRefused       // offered, used, and refused
    };
    Kind kind;
    QString capability; // the capability concerned, when one is
    QString text;       // translated, one or two sentences
    QString source;     // "RFC 4954 §4"
};

struct InjectedBytes
{
    qint64 bytes = 0;
    QByteArray preview; // the first bytes, as recorded
};

struct ConnectionAnalysis
{
    quint32 connection = 0;
    Protocol protocol = Protocol::Other;
    QString greeting;              // the server's first line
    bool sawListBeforeTls = false; // a capability list arrived on the plain connection
    bool sawListAfterTls = false;
    QList<OfferedCapability> capabilities; // in the order first seen
    bool tlsEstablished = false;
    TlsMode tlsMode = TlsMode::Unknown; // from the event, or inferred from its place
    TlsDetails tls;                     // the (last) handshake
    QList<InjectedBytes> injections;
    int maxInFlight = 0;     // most commands sent before their replies (SMTP/POP3)
    qint64 messageBytes = 0; // largest message announced (SIZE=) or sent (body bytes)
    qint64 sizeLimit = 0;    // SMTP SIZE limit offered last, 0 if none
    QList<AnalysisWarning> warnings;

    const OfferedCapability *find(const QString &name) const;
    bool hasWarning(AnalysisWarning::Kind kind) const;
};

class ConnectionAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionAnalyzer)
public:
    // Events of one connection in order (others are skipped when connection != 0;
    // with 0, the connection of the first event is taken).
    static ConnectionAnalysis analyze(const QList<TraceEvent> &events, quint32 connection = 0);
};

} // namespace carteiro
