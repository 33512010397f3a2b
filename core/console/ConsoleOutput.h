// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a console session asks its driver to do after one typed line, one
// server frame or one password: bytes to write, secrets to register first,
// notes for the transcript, and the few events the driver acts on (ask for a
// password, start TLS, the reply is complete). Plain data: the sessions stay
// sans-IO and are tested by feeding them bytes.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {

struct ConsoleWrite
{
    QByteArray wire;  // bytes for the socket, CRLF included
    QByteArray trace; // what the inspector shows (secrets already masked), no CRLF
    QString verb;     // the command verb for the inspector's annotation
};

struct ConsoleOutput
{
    QList<QByteArray> secrets; // register with TraceHub::addSecret BEFORE the writes
    QList<ConsoleWrite> writes;
    QStringList notes;         // translated notes for the transcript ("*:" lines)
    QString error;             // the typed line was refused (nothing sent): why
    bool needPassword = false; // ask for the password, then call providePassword()
    bool startTls = false;     // the server accepted STARTTLS / STLS: upgrade the channel now
    bool closed = false;       // the server ended the session (QUIT / LOGOUT answered)
    bool replyComplete = false; // a whole reply to a command (or the greeting) arrived
    bool replySuccess = false;  // ... and it was a success
    bool accepted = false;      // the typed line was taken (sent, queued as body, or awaits a password)
    QString historyText;       // what the console history keeps of the typed line (no secret)

    void append(const ConsoleOutput &other)
    {
        secrets += other.secrets;
        writes += other.writes;
        notes += other.notes;
        if (!other.error.isEmpty())
            error = other.error;
        needPassword = needPassword || other.needPassword;
        startTls = startTls || other.startTls;
        closed = closed || other.closed;
        if (other.replyComplete) {
            replyComplete = true;
            replySuccess = other.replySuccess;
        }
    }
};

} // namespace carteiro
