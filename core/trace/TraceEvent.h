#pragma once
// One event of the inspector's stream: a line, a body summary, a TLS handshake,
// a state change or an error, already redacted. See docs in architecture.md.
#include <QByteArray>
#include <QMetaType>
#include <QString>
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

struct TlsDetails
{
    QString protocol;    // "TLSv1.3"
    QString cipher;      // "TLS_AES_256_GCM_SHA384"
    QString subject;     // certificate subject (CN and SANs)
    QString issuer;      // certificate issuer
    QString sha256;      // hex SHA-256 fingerprint of the leaf certificate
    bool verified = false;
    bool pinned = false; // accepted by a user exception (pin), not by the CA store
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
