// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The byte pipe under every protocol: QSslSocket with plain, STARTTLS and
// implicit TLS, timeouts and certificate checks. It is the only code that
// touches a socket and the inspector's only tap: every line in and out, the TLS
// handshake and errors are recorded into the TraceHub here (core/README.md).
#include "net/LineFramer.h"
#include "net/StepGate.h"
#include "net/TransportSecurity.h"
#include "trace/TraceHub.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <memory>

class QSslSocket;

namespace carteiro {

struct ChannelOptions
{
    QString host;
    quint16 port = 0;
    TransportSecurity security = TransportSecurity::StartTls;
    QString caFile;            // extra trusted CA certificates (PEM), beside the system store
    QByteArray pinnedSha256;   // hex SHA-256 of one certificate the user accepted
    int connectTimeoutMs = 20000;
    int replyTimeoutMs = 60000;
    qsizetype maxLineBytes = 64 * 1024;
    QString label;             // for the inspector's connection list
};

class Channel : public QObject
{
    Q_OBJECT
public:
    enum class ErrorKind { None, Connect, Timeout, Tls, Certificate, Protocol, Closed };

    Channel(TraceHub *hub, Protocol protocol, QObject *parent = nullptr);
    ~Channel() override;

    // The framer for received bytes (default: a LineFramer of maxLineBytes). Set
    // before open(); the channel owns it.
    void setFramer(std::unique_ptr<Framer> framer);
    // Step mode (StepGate.h): every command waits in `gate` until the user
    // releases it. Set before open(); the gate lives on this channel's thread.
    void setStepGate(StepGate *gate);
    // Stop was pressed in step mode: the connection ends politely (QUIT /
    // LOGOUT); the job reports "stopped by the user", not an error.
    bool stoppedByUser() const { return m_gate && m_gate->stoppedByUser(); }
    void open(const ChannelOptions &options);
    // Writes a protocol line (CRLF included in `wire`); the inspector gets `traceText`.
    void writeLine(const QByteArray &wire, const QByteArray &traceText, const QString &verb = {});
    // Writes body bytes (DATA/BDAT payload): not traced line by line; call
    // traceBodySummary() once the body is done.
    void writeBody(const QByteArray &bytes);
    void traceBodySummary(qint64 bytes, const QByteArray &what);
    void traceNote(TraceKind kind, const QByteArray &text, const QString &state = {});
    // Bytes buffered in the socket and TLS layers not yet handed to the OS.
    qint64 pendingWriteBytes() const;
    // STARTTLS (RFC 3207 / RFC 2595 / RFC 3501 §6.2.1): every byte already received
    // is discarded and reported as an injection; then the handshake starts.
    void startTls();
    // Arms a deadline for the next complete reply; 0 disarms.
    void armReplyTimeout(int ms = -1);
    void close();

    bool isEncrypted() const;
    TlsDetails tlsDetails() const { return m_tls; }
    quint32 connectionId() const { return m_connection; }
    ErrorKind errorKind() const { return m_errorKind; }
    QString errorString() const { return m_errorString; }
    QString peerAddress() const;
    // Our end of the connection as an SMTP address literal, "[192.0.2.1]" or
    // "[IPv6:2001:db8::1]" (RFC 5321 §4.1.3).
    QByteArray localAddressLiteral() const;

    static QByteArray certificateSha256(const QSslCertificate &cert);

Q_SIGNALS:
    void connected();                 // TCP up (and TLS, for implicit TLS)
    void encrypted();                 // STARTTLS handshake done
    void lineReceived(const QByteArray &line); // one frame: a line, or an IMAP response
    void writeBufferDrained();        // pendingWriteBytes() fell below the low-water mark
    void failed(carteiro::Channel::ErrorKind kind, const QString &message);
    void closed();

private:
    friend class StepGate;
    void sendLine(const QByteArray &wire, const QByteArray &traceText, const QString &verb);
    void sendBody(const QByteArray &bytes);
    void recordBodySummary(qint64 bytes, const QByteArray &what);
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void onBytesWritten();
    void fail(ErrorKind kind, const QString &message);
    void record(Direction direction, TraceKind kind, const QByteArray &bytes, const QString &verb = {});
    void recordTls();
    // A note after a received frame whose lines ended in a bare LF (Framer::bareLineEnds).
    void recordBareLineEnds(int lines);

    TraceHub *m_hub;
    Protocol m_protocol;
    quint32 m_connection = 0;
    ChannelOptions m_options;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<Framer> m_framer;
    QTimer m_connectTimer;
    QTimer m_replyTimer;
    TlsDetails m_tls;
    bool m_tlsPending = false;
    qint64 m_bytesSinceArm = 0;
    bool m_failed = false;
    bool m_closing = false;
    bool m_pinnedUsed = false;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorString;
    QList<QSslError> m_lastSslErrors;
    QPointer<StepGate> m_gate;
};

} // namespace carteiro
