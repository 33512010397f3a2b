// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One event of the inspector's stream: a line, a body summary, a TLS handshake,
// a state change or an error, already redacted. See core/README.md.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace carteiro {

enum class Protocol : quint8 { Smtp, Imap, Pop3, Other };
enum class Direction : quint8 { ClientToServer, ServerToClient, Note };
enum class TraceKind : quint8 {
    Line,         // one protocol line (without its CRLF)
    BodySummary,  // DATA / BDAT / literal body, summarised as a byte count
    TlsHandshake, // TLS established: protocol, cipher, certificate
    StateChange,  // a session moved from one named state to another
    Error,        // a failure, with the step that failed
    Injection,    // bytes received before a TLS upgrade and discarded
    Info          // other notes (connecting, resolved address, ...)
};

// One certificate of the chain the server presented (leaf first).
struct CertificateInfo
{
    QString subject;       // subject distinguished name, "CN=mail.example.test, O=..."
    QString issuer;        // issuer distinguished name
    QDateTime notBefore;   // validity, UTC
    QDateTime notAfter;
    QStringList altNames;  // subjectAltName entries: DNS names and IP addresses
    QString sha256;        // hex SHA-256 fingerprint of the DER certificate
    bool selfSigned = false;
};

// How the certificate came to be trusted.
enum class TlsTrust : quint8 {
    Unknown,        // not recorded (older transcripts, or not verified)
    SystemStore,    // a CA of the operating system's store
    CaFile,         // a CA of the file given to the connection (the lab CA, --ca-file)
    PinnedException // a user exception that pins this exact certificate
};

// How TLS began on the connection (RFC 8314 §3 prefers implicit TLS).
enum class TlsMode : quint8 { Unknown, StartTls, Implicit };

struct TlsDetails
{
    QString protocol;    // "TLSv1.3"
    QString cipher;      // "TLS_AES_256_GCM_SHA384"
    QString subject;     // certificate subject (CN and SANs)
    QString issuer;      // certificate issuer
    QString sha256;      // hex SHA-256 fingerprint of the leaf certificate
    bool verified = false;
    bool pinned = false; // accepted by a user exception (pin), not by the CA store
    // The chain as presented, leaf first; empty in transcripts read back from text.
    QList<CertificateInfo> chain;
    TlsTrust trust = TlsTrust::Unknown;
    QString caFile;      // the CA file given to the connection, when any
    TlsMode mode = TlsMode::Unknown;
};

struct TraceEvent
{
    quint64 id = 0;         // hub-wide, increasing
    quint32 connection = 0; // TraceHub::openConnection() id
    Protocol protocol = Protocol::Other;
    Direction direction = Direction::Note;
    TraceKind kind = TraceKind::Info;
    qint64 timestampNs = 0; // monotonic, since the hub started
    QByteArray bytes;       // the line (redacted) or the note text (UTF-8)
    bool insideTls = false; // sent/received inside TLS
    qint64 bodyBytes = 0;   // for BodySummary: the byte count summarised
    // Annotation
    QString verb;          // client command verb ("EHLO", "AUTH", "RCPT")
    int replyCode = 0;     // SMTP basic code, 0 when none
    QString enhancedCode;  // "2.1.0" when present
    QString state;         // for StateChange: the new state's name
    QString explanationKey; // LineExplainer key ("smtp.ehlo.PIPELINING"), set by TraceExplainer
    TlsDetails tls;        // for TlsHandshake
};

const char *protocolName(Protocol p);

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::TraceEvent)
