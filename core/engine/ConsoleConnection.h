// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives a ConsoleSession over a Channel: typed lines go out through the
// channel (so the inspector records the console like any other connection),
// server frames come back into the session, secrets are registered with the
// TraceHub before anything that carries them is written, and STARTTLS upgrades
// this very channel. The UI's console window and `carteiro-cli console` both
// sit on it; the Channel wiring is ChannelJob's (core/net/ChannelJob.h).
#include "console/ConsoleSession.h"
#include "net/ChannelJob.h"

#include <QObject>
#include <QPointer>

namespace carteiro {

class ConsoleConnection : public ChannelJob
{
    Q_OBJECT
public:
    ConsoleConnection(TraceHub *hub, Protocol protocol, const ConsoleSession::Config &config,
                      QObject *parent = nullptr);
    ~ConsoleConnection() override;

    void open(const ChannelOptions &options);
    // Lab only: let the password helpers send a password on a connection
    // without TLS (otherwise they refuse until STARTTLS).
    void setAllowPlaintextAuth(bool allow) { m_allowPlaintextAuth = allow; }
    // One typed line. Returns false (and emits inputRefused) when it was not taken.
    bool submit(const QByteArray &typed);
    void providePassword(const QByteArray &password);
    void cancelPassword();
    void close();

    ConsoleSession *session() const { return m_session.get(); }
    // IMAP: the line as the student typed it for the tag the console added
    // (empty for other protocols or an unknown tag).
    QByteArray typedFor(const QByteArray &tag) const;
    Channel *channel() const { return m_channel; }
    quint32 connectionId() const { return m_channel ? m_channel->connectionId() : 0; }
    bool isOpen() const { return m_open; }
    // The student may type: connected, no reply or TLS handshake or password awaited.
    bool readyForInput() const
    {
        return m_open && !m_tlsPending && !m_session->isClosed() && !m_session->awaitingReply() &&
               !m_session->passwordPending();
    }
    bool tlsPending() const { return m_tlsPending; }
    QString state() const { return m_session ? m_session->state() : QString(); }

Q_SIGNALS:
    void connected();
    void passwordRequested(const QString &prompt);
    void inputRefused(const QString &why);
    void historyEntry(const QString &text);
    void replyComplete(bool success);
    void tlsUpgraded();
    void failed(const QString &message);
    void closed();

private:
    void onConnected() override;
    void onFrame(const QByteArray &frame) override;
    void onEncrypted() override;
    void onFailed(Channel::ErrorKind kind, const QString &message) override;
    void onClosed() override;
    void apply(const ConsoleOutput &out);

    std::unique_ptr<ConsoleSession> m_session;
    bool m_open = false;
    bool m_allowPlaintextAuth = false;
    bool m_tlsPending = false;
    QString m_lastState;
};

} // namespace carteiro
