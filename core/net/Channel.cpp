// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Channel.h"

#include "net/TlsInspection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace carteiro {

namespace {
constexpr qint64 kLowWater = 128 * 1024;

QString protocolString(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2: return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLSv1.3");
    default: return QStringLiteral("TLS");
    }
}

// "250-2.1.0 Ok" -> (250, "2.1.0") for the inspector's annotations.
void annotateSmtp(TraceEvent &e)
{
    const QByteArray &b = e.bytes;
    if (b.size() < 3 || !std::isdigit(uchar(b[0])) || !std::isdigit(uchar(b[1])) ||
        !std::isdigit(uchar(b[2])))
        return;
    e.replyCode = b.left(3).toInt();
    if (b.size() > 5) {
        const QByteArray rest = b.mid(4);
        const qsizetype sp = rest.indexOf(' ');
        const QByteArray word = sp < 0 ? rest : rest.left(sp);
        if (word.count('.') == 2 && (word[0] == '2' || word[0] == '4' || word[0] == '5'))
            e.enhancedCode = QString::fromLatin1(word);
    }
}
} // namespace

Channel::Channel(TraceHub *hub, Protocol protocol, QObject *parent)
    : QObject(parent), m_hub(hub), m_protocol(protocol)
{
    m_connectTimer.setSingleShot(true);
    m_replyTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Timeout, tr("no connection to %1:%2 within %3 s")
                                     .arg(m_options.host)
                                     .arg(m_options.port)
                                     .arg(m_options.connectTimeoutMs / 1000));
    });
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Timeout,
             tr("the server did not answer within %1 s").arg(m_options.replyTimeoutMs / 1000.0));
    });
}

Channel::~Channel()
{
    if (m_socket)
        m_socket->abort();
}

QByteArray Channel::certificateSha256(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256).toHex();
}

void Channel::setFramer(std::unique_ptr<Framer> framer)
{
    m_framer = std::move(framer);
}

void Channel::open(const ChannelOptions &options)
{
    m_options = options;
    if (!m_framer)
        m_framer = std::make_unique<LineFramer>(options.maxLineBytes);
    const char *scheme = options.security == TransportSecurity::ImplicitTls ? "TLS" : "TCP";
    m_connection = m_hub->openConnection(
        m_protocol, options.label.isEmpty()
                        ? QStringLiteral("%1:%2").arg(options.host).arg(options.port)
                        : options.label);
    m_socket = new QSslSocket(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(ErrorKind::Certificate,
                         tr("cannot read any certificate from the CA file %1").arg(m_options.caFile));
                },
                Qt::QueuedConnection);
            return;
        }
        conf.addCaCertificates(extra);
    }
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(options.host);

    connect(m_socket, &QSslSocket::connected, this, [this] {
        record(Direction::Note, TraceKind::Info,
               "connected to " + peerAddress().toUtf8());
        if (m_options.security != TransportSecurity::ImplicitTls) {
            m_connectTimer.stop();
            armReplyTimeout(); // the greeting
            Q_EMIT connected();
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, &Channel::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Channel::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &Channel::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &Channel::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Channel::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Channel::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_closing || m_failed)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError) {
            return; // onDisconnected reports it
        }
        if (e == QAbstractSocket::SslHandshakeFailedError && !m_lastSslErrors.isEmpty())
            return; // onSslErrors reported it
        const ErrorKind kind = (e == QAbstractSocket::SslHandshakeFailedError ||
                                e == QAbstractSocket::SslInternalError ||
                                e == QAbstractSocket::SslInvalidUserDataError)
                                   ? ErrorKind::Tls
                                   : ErrorKind::Connect;
        fail(kind, m_socket->errorString());
    });

    record(Direction::Note, TraceKind::Info,
           QByteArray("connecting to ") + options.host.toUtf8() + ':' +
               QByteArray::number(options.port) + " (" + scheme + ")");
    m_connectTimer.start(options.connectTimeoutMs);
    if (options.security == TransportSecurity::ImplicitTls)
        m_socket->connectToHostEncrypted(options.host, options.port);
    else
        m_socket->connectToHost(options.host, options.port);
}

QString Channel::peerAddress() const
{
    if (!m_socket)
        return {};
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

QByteArray Channel::localAddressLiteral() const
{
    if (!m_socket)
        return {};
    const QHostAddress a = m_socket->localAddress();
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    QHostAddress bare = a;
    bare.setScopeId(QString());
    return "[IPv6:" + bare.toString().toLatin1() + ']';
}

bool Channel::isEncrypted() const { return m_socket && m_socket->isEncrypted(); }

void Channel::record(Direction direction, TraceKind kind, const QByteArray &bytes, const QString &verb)
{
    TraceEvent e;
    e.connection = m_connection;
    e.protocol = m_protocol;
    e.direction = direction;
    e.kind = kind;
    e.bytes = bytes;
    e.insideTls = isEncrypted();
    e.verb = verb;
    if (direction == Direction::ServerToClient && m_protocol == Protocol::Smtp)
        annotateSmtp(e);
    if (m_gate)
        m_gate->observe(e); // step mode explains held commands in context
    m_hub->record(std::move(e));
}

void Channel::recordBareLineEnds(int lines)
{
    // RFC 3501 §2.2 (IMAP) and RFC 1939 §3 (POP3): lines end in CRLF. The framer
    // read the LF as a line end; the note says so beside the line it concerns.
    const QByteArray rfc = m_protocol == Protocol::Imap ? "RFC 3501 §2.2" : "RFC 1939 §3";
    TraceEvent e;
    e.connection = m_connection;
    e.protocol = m_protocol;
    e.direction = Direction::Note;
    e.kind = TraceKind::Info;
    e.bytes = (lines == 1 ? QByteArray("bare LF: the line above ended in LF without CR")
                          : QByteArray::number(lines) + " lines above ended in LF without CR (bare LF)") +
              ", read as a line end (" + rfc + " wants CRLF)";
    e.insideTls = isEncrypted();
    e.explanationKey = QStringLiteral("trace.bareLf");
    m_hub->record(std::move(e));
}

void Channel::traceNote(TraceKind kind, const QByteArray &text, const QString &state)
{
    TraceEvent e;
    e.connection = m_connection;
    e.protocol = m_protocol;
    e.direction = Direction::Note;
    e.kind = kind;
    e.bytes = text;
    e.state = state;
    e.insideTls = isEncrypted();
    m_hub->record(std::move(e));
}

void Channel::traceBodySummary(qint64 bytes, const QByteArray &what)
{
    if (m_gate && m_gate->holdBodySummary(bytes, what))
        return; // step mode: traced when the body is released
    recordBodySummary(bytes, what);
}

void Channel::recordBodySummary(qint64 bytes, const QByteArray &what)
{
    TraceEvent e;
    e.connection = m_connection;
    e.protocol = m_protocol;
    e.direction = Direction::ClientToServer;
    e.kind = TraceKind::BodySummary;
    e.bytes = what;
    e.bodyBytes = bytes;
    e.insideTls = isEncrypted();
    if (m_gate)
        m_gate->observe(e);
    m_hub->record(std::move(e));
}

void Channel::setStepGate(StepGate *gate)
{
    m_gate = gate;
    if (gate)
        gate->attach(this);
}

void Channel::writeLine(const QByteArray &wire, const QByteArray &traceText, const QString &verb)
{
    if (!m_socket || m_failed)
        return;
    if (m_gate && m_gate->holdLine(wire, traceText, verb))
        return; // step mode: written (and traced) when the user releases it
    sendLine(wire, traceText, verb);
}

void Channel::sendLine(const QByteArray &wire, const QByteArray &traceText, const QString &verb)
{
    if (!m_socket || m_failed)
        return;
    record(Direction::ClientToServer, TraceKind::Line, traceText, verb);
    m_socket->write(wire);
}

void Channel::writeBody(const QByteArray &bytes)
{
    if (!m_socket || m_failed)
        return;
    if (m_gate && m_gate->holdBody(bytes))
        return;
    sendBody(bytes);
}

void Channel::sendBody(const QByteArray &bytes)
{
    if (!m_socket || m_failed)
        return;
    m_socket->write(bytes);
}

qint64 Channel::pendingWriteBytes() const
{
    if (!m_socket)
        return 0;
    // Bytes held in step mode count too, so a body streamer waits for them.
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() + (m_gate ? m_gate->heldBytes() : 0);
}

void Channel::onBytesWritten()
{
    if (m_replyTimer.isActive() && pendingWriteBytes() > 0)
        m_replyTimer.start(m_options.replyTimeoutMs); // progress: not stalled
    if (pendingWriteBytes() < kLowWater)
        Q_EMIT writeBufferDrained();
}

void Channel::armReplyTimeout(int ms)
{
    if (ms == 0 || (m_gate && m_gate->keepsReplyTimerOff())) {
        m_replyTimer.stop(); // step mode: no deadline while the user holds the next command
        return;
    }
    m_bytesSinceArm = 0;
    m_replyTimer.start(ms < 0 ? m_options.replyTimeoutMs : ms);
}

void Channel::onReadyRead()
{
    if (!m_socket || m_failed || m_tlsPending)
        return;
    const QByteArray incoming = m_socket->readAll();
    // A big reply (a message body) that keeps flowing is progress, not silence;
    // a drip of a few bytes is not, so it re-arms the deadline only per 64 KiB.
    m_bytesSinceArm += incoming.size();
    if (m_replyTimer.isActive() && m_bytesSinceArm >= 64 * 1024) {
        m_bytesSinceArm = 0;
        m_replyTimer.start(m_options.replyTimeoutMs);
    }
    m_framer->feed(incoming);
    while (!m_failed && !m_tlsPending && !m_closing) {
        std::optional<QByteArray> line = m_framer->next();
        if (!line) {
            if (m_framer->hasError())
                fail(ErrorKind::Protocol, m_framer->error());
            return;
        }
        record(Direction::ServerToClient, TraceKind::Line, m_framer->traceText(*line));
        if (const int bare = m_framer->bareLineEnds(); bare > 0)
            recordBareLineEnds(bare);
        if (m_gate && m_gate->swallowReceived(*line))
            continue; // stopped in step mode: shown, not handed to the job
        Q_EMIT lineReceived(*line);
    }
}

void Channel::startTls()
{
    if (!m_socket || m_failed)
        return;
    // Response injection defence (RFC 3207 §4.2, USENIX Security 2021): nothing
    // received before the handshake may be interpreted after it.
    QByteArray injected = m_framer->takeBuffered();
    injected += m_socket->readAll();
    if (!injected.isEmpty()) {
        TraceEvent e;
        e.connection = m_connection;
        e.protocol = m_protocol;
        e.direction = Direction::ServerToClient;
        e.kind = TraceKind::Injection;
        e.bytes = injected.left(512);
        e.bodyBytes = injected.size();
        m_hub->record(std::move(e));
    }
    m_tlsPending = true;
    m_replyTimer.start(m_options.connectTimeoutMs);
    m_socket->startClientEncryption();
}

void Channel::onSslErrors(const QList<QSslError> &errors)
{
    m_lastSslErrors = errors;
    const QSslCertificate cert = m_socket->peerCertificate();
    const QByteArray sha = certificateSha256(cert);
    if (!m_options.pinnedSha256.isEmpty() &&
        QByteArray(m_options.pinnedSha256).replace(':', "").toLower() == sha) {
        // A user exception pins exactly this certificate (tests/README.md, case 6).
        m_pinnedUsed = true;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    reasons.removeDuplicates();
    fail(ErrorKind::Certificate,
         tr("certificate of %1 not trusted: %2 (SHA-256 %3)")
             .arg(m_options.host, reasons.join(QStringLiteral("; ")), QString::fromLatin1(sha)));
}

void Channel::recordTls()
{
    const QSslCertificate cert = m_socket->peerCertificate();
    m_tls.protocol = protocolString(m_socket->sessionProtocol());
    m_tls.cipher = m_socket->sessionCipher().name();
    QStringList subject = cert.subjectInfo(QSslCertificate::CommonName);
    for (const QString &san : cert.subjectAlternativeNames().values())
        if (!subject.contains(san))
            subject << san;
    m_tls.subject = subject.join(QStringLiteral(", "));
    m_tls.issuer = cert.issuerDisplayName();
    m_tls.sha256 = QString::fromLatin1(certificateSha256(cert));
    m_tls.pinned = m_pinnedUsed;
    m_tls.verified = !m_pinnedUsed;
    // For the TLS panel: the whole chain, which anchor trusted it, and how TLS began.
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    m_tls.chain = TlsInspection::chainInfo(chain.isEmpty() ? QList<QSslCertificate>{cert} : chain);
    m_tls.caFile = m_options.caFile;
    m_tls.trust = TlsInspection::trustSource(
        chain.isEmpty() ? QList<QSslCertificate>{cert} : chain,
        m_options.caFile.isEmpty() ? QList<QSslCertificate>{} : QSslCertificate::fromPath(m_options.caFile, QSsl::Pem),
        m_pinnedUsed);
    m_tls.mode = m_options.security == TransportSecurity::ImplicitTls ? TlsMode::Implicit : TlsMode::StartTls;
    TraceEvent e;
    e.connection = m_connection;
    e.protocol = m_protocol;
    e.direction = Direction::Note;
    e.kind = TraceKind::TlsHandshake;
    e.insideTls = true;
    e.tls = m_tls;
    m_hub->record(std::move(e));
}

void Channel::onEncrypted()
{
    m_connectTimer.stop();
    recordTls();
    if (m_options.security == TransportSecurity::ImplicitTls && !m_tlsPending) {
        armReplyTimeout(); // the greeting
        Q_EMIT connected();
        return;
    }
    m_tlsPending = false;
    m_replyTimer.stop();
    Q_EMIT encrypted();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Channel::onDisconnected()
{
    m_connectTimer.stop();
    m_replyTimer.stop();
    if (!m_closing && !m_failed && !stoppedByUser())
        fail(ErrorKind::Closed, tr("the server closed the connection"));
    Q_EMIT closed();
}

void Channel::fail(ErrorKind kind, const QString &message)
{
    if (m_failed || m_closing)
        return;
    m_failed = true;
    m_errorKind = kind;
    m_errorString = message;
    m_connectTimer.stop();
    m_replyTimer.stop();
    record(Direction::Note, TraceKind::Error, message.toUtf8());
    // Report first: aborting emits disconnected(), and the cause must win over
    // the "connection closed" that follows from it.
    Q_EMIT failed(kind, message);
    if (m_socket)
        m_socket->abort();
}

void Channel::close()
{
    if (!m_socket || m_closing)
        return;
    m_closing = true;
    m_connectTimer.stop();
    m_replyTimer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT closed();
        return;
    }
    m_socket->disconnectFromHost();
    // A server that answers QUIT but keeps the socket open must not hold us.
    QTimer::singleShot(2000, this, [this] {
        if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

} // namespace carteiro
