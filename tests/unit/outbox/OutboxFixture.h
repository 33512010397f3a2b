// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outbox tests' scripted servers on loopback (plaintext lab form, port 0):
// an SMTP server that answers per recipient and per message and can drop the
// connection right after a final dot, and an IMAP server for filing in Sent
// (LIST, EXAMINE, UID SEARCH, APPEND). Both keep what the client wrote.
#include "TestTls.h"
#include "account/AccountSettings.h"
#include "engine/OutboxEngine.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace carteiro::test {

struct FakeSmtp
{
    explicit FakeSmtp(const TlsIdentity &identity) : server(identity, false)
    {
        server.onConnection = [this](QSslSocket *s) {
            ++connections;
            if (holdGreeting)
                held = s; // the client waits in Sending until release()
            else
                s->write("220 fake.example ESMTP\r\n");
        };
        server.onLine = [this](QSslSocket *s, const QByteArray &line) { onLine(s, line); };
        server.listen(QHostAddress::LocalHost, 0);
    }

    void onLine(QSslSocket *s, const QByteArray &line)
    {
        if (s->state() != QAbstractSocket::ConnectedState)
            return;
        if (bdatLeft > 0) { // RFC 3030 chunk bytes, line by line (the client sends CRLF lines)
            body += line + "\r\n";
            bdatLeft -= line.size() + 2;
            if (bdatLeft <= 0)
                endChunk(s);
            return;
        }
        if (inData) {
            if (line != ".") {
                body += line + "\r\n";
                return;
            }
            inData = false;
            transcript << "C: .";
            bodies << body;
            const int n = messages++;
            if (n == dropAfterDot) { // the whole message is in; no verdict ever comes
                s->abort();
                return;
            }
            reply(s, endReplies.value(n, "250 2.0.0 Ok: queued as Q" + QByteArray::number(n + 1)));
            return;
        }
        transcript << "C: " + line;
        const QByteArray verb = line.split(' ').first().toUpper();
        if (verb == "EHLO") {
            reply(s, QByteArray("250-fake.example\r\n250-PIPELINING\r\n250-8BITMIME\r\n") +
                         (chunking ? "250-CHUNKING\r\n" : "") + "250-AUTH PLAIN\r\n250 SIZE 10000000");
        } else if (verb == "AUTH") {
            reply(s, authReply);
        } else if (verb == "MAIL") {
            accepted = 0;
            reply(s, "250 2.1.0 Ok");
        } else if (verb == "RCPT") {
            const QByteArray address = line.mid(line.indexOf('<') + 1, line.indexOf('>') - line.indexOf('<') - 1);
            const QByteArray r = rcptReplies.value(address, "250 2.1.5 Ok");
            if (r.startsWith('2'))
                ++accepted;
            reply(s, r);
        } else if (verb == "DATA") {
            if (accepted == 0) {
                reply(s, "554 5.5.1 Error: no valid recipients");
            } else {
                inData = true;
                body.clear();
                reply(s, "354 End data with <CR><LF>.<CR><LF>");
            }
        } else if (verb == "BDAT") {
            const QList<QByteArray> words = line.split(' ');
            bdatLeft = words.value(1).toLongLong();
            bdatLast = words.value(2).toUpper() == "LAST";
            if (bdatLeft == 0)
                endChunk(s);
        } else if (verb == "RSET") {
            reply(s, "250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            reply(s, "221 2.0.0 Bye");
            s->disconnectFromHost();
        } else {
            reply(s, "250 Ok");
        }
    }

    void endChunk(QSslSocket *s)
    {
        if (!bdatLast) {
            reply(s, "250 2.0.0 chunk ok");
            return;
        }
        transcript << "C: BDAT LAST";
        bodies << body;
        body.clear();
        const int n = messages++;
        if (n == dropAfterDot) {
            s->abort();
            return;
        }
        if (n == silentAfterDot)
            silent = s; // reads on, answers nothing more
        reply(s, endReplies.value(n, "250 2.0.0 Ok: queued as Q" + QByteArray::number(n + 1)));
    }

    void release()
    {
        holdGreeting = false;
        if (held)
            held->write("220 fake.example ESMTP\r\n");
    }

    void reply(QSslSocket *s, const QByteArray &text)
    {
        if (s != silent)
            s->write(text + "\r\n");
    }

    // The client's commands and final dots, without the body lines.
    QList<QByteArray> verbs() const
    {
        QList<QByteArray> out;
        for (const QByteArray &l : transcript)
            out << l.mid(3).split(' ').first().split(':').first().toUpper();
        return out;
    }

    ScriptedServer server;
    QHash<QByteArray, QByteArray> rcptReplies;  // address -> reply line
    QHash<int, QByteArray> endReplies;          // n-th message (from 0) -> reply after its dot
    int dropAfterDot = -1;                      // n-th message whose dot gets no reply
    int silentAfterDot = -1;                    // from the n-th message's end on, no replies (reading goes on)
    QPointer<QSslSocket> silent;
    bool holdGreeting = false;                  // no 220 until release()
    bool chunking = false;                      // offer CHUNKING (BDAT, RFC 3030)
    QByteArray authReply = "235 2.7.0 Authentication successful";
    qint64 bdatLeft = 0;
    bool bdatLast = false;
    QPointer<QSslSocket> held;
    QList<QByteArray> transcript;
    QList<QByteArray> bodies;
    int connections = 0;
    int messages = 0;
    int accepted = 0;
    bool inData = false;
    QByteArray body;
};

struct FakeImap
{
    explicit FakeImap(const TlsIdentity &identity) : server(identity, false)
    {
        server.onConnection = [this](QSslSocket *s) {
            ++connections;
            s->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR LITERAL+ UIDPLUS] fake\r\n");
        };
        server.onLine = [this](QSslSocket *s, const QByteArray &line) { onLine(s, line); };
        server.listen(QHostAddress::LocalHost, 0);
    }

    void onLine(QSslSocket *s, const QByteArray &line)
    {
        if (literalLeft > 0) { // the APPEND literal arrives line by line
            literal += line + "\r\n";
            literalLeft -= line.size() + 2;
            return;
        }
        if (!pendingTag.isEmpty()) { // the end of the APPEND command after its literal
            appended << literal;
            const QByteArray r = appendReplies.isEmpty() ? QByteArray("OK [APPENDUID 9 42] done")
                                                         : appendReplies.takeFirst();
            s->write(pendingTag + ' ' + r + "\r\n");
            pendingTag.clear();
            return;
        }
        commands << line;
        const QList<QByteArray> words = line.split(' ');
        const QByteArray tag = words.value(0);
        QByteArray verb = words.value(1).toUpper();
        if (verb == "UID")
            verb += ' ' + words.value(2).toUpper();
        if (verb == "AUTHENTICATE" || verb == "LOGIN") {
            s->write(tag + " OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] welcome\r\n");
        } else if (verb == "CAPABILITY") {
            s->write("* CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS\r\n" + tag + " OK done\r\n");
        } else if (verb == "LIST") {
            s->write("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n" + tag +
                     " OK done\r\n");
        } else if (verb == "EXAMINE" || verb == "SELECT") {
            s->write("* 1 EXISTS\r\n* OK [UIDVALIDITY 9] ok\r\n* OK [UIDNEXT 50] ok\r\n" + tag +
                     " OK [READ-ONLY] done\r\n");
        } else if (verb == "UID SEARCH") {
            const bool found = !sentMessageId.isEmpty() && line.contains(sentMessageId);
            s->write(QByteArray("* SEARCH") + (found ? " 41" : "") + "\r\n" + tag + " OK done\r\n");
        } else if (verb == "APPEND") {
            const qsizetype open = line.lastIndexOf('{');
            literalLeft = line.mid(open + 1, line.size() - open - 2).replace('+', "").toLongLong();
            literal.clear();
            pendingTag = tag;
            if (!line.endsWith("+}"))
                s->write("+ go on\r\n"); // RFC 3501 §7.5 continuation for a synchronising literal
        } else if (verb == "LOGOUT") {
            s->write("* BYE bye\r\n" + tag + " OK done\r\n");
            s->disconnectFromHost();
        } else {
            s->write(tag + " OK done\r\n");
        }
    }

    int count(const QByteArray &verb) const
    {
        int n = 0;
        for (const QByteArray &c : commands)
            n += c.split(' ').value(1).toUpper() == verb ? 1 : 0;
        return n;
    }

    ScriptedServer server;
    QList<QByteArray> appendReplies; // tagged reply text per APPEND, in order
    QByteArray sentMessageId;        // already in Sent: UID SEARCH finds it (UID 41)
    QList<QByteArray> commands;
    QList<QByteArray> appended;
    int connections = 0;
    qint64 literalLeft = 0;
    QByteArray literal, pendingTag;
};

class OutboxTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        static int argc = 1;
        static char arg0[] = "unit_outbox";
        static char *argv[] = {arg0, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        storePath = dir.filePath(QStringLiteral("store.sqlite"));
    }

    // Spins the event loop until `done` or 20 s (a hang guard, not a timing check).
    static bool waitUntil(const std::function<bool()> &done)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    }

    std::unique_ptr<OutboxEngine> makeEngine()
    {
        auto engine = std::make_unique<OutboxEngine>(&hub, storePath);
        OutboxEngine *e = engine.get();
        QObject::connect(e, &OutboxEngine::flushed, e, [this] { ++flushes; });
        QObject::connect(e, &OutboxEngine::sendFinished, e,
                         [this](qint64 id, const SendResult &r) { results.append({id, r}); });
        QObject::connect(e, &OutboxEngine::filingFinished, e,
                         [this](qint64 id, const SendResult &r) { filings.append({id, r}); });
        QObject::connect(e, &OutboxEngine::queued, e, [this](quint64, qint64 id, const QDateTime &) { ids << id; });
        QObject::connect(e, &OutboxEngine::changed, e, [this](const QList<OutboxEntry> &) { ++changes; });
        QObject::connect(e, &OutboxEngine::queueFailed, e, [](quint64, const QString &error) {
            ADD_FAILURE() << "queue failed: " << error.toStdString();
        });
        QObject::connect(e, &OutboxEngine::storeFailed, e, [](const QString &error) {
            ADD_FAILURE() << "store failed: " << error.toStdString();
        });
        return engine;
    }

    // A message for the recorded server (as carteiro-cli queues it).
    OutboxEntry message(int n, const QList<QByteArray> &to = {"bob@example.test"}) const
    {
        OutboxEntry e;
        e.messageId = "<m" + QByteArray::number(n) + "@example.test>";
        e.raw = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: n" + QByteArray::number(n) +
                "\r\nMessage-ID: " + e.messageId + "\r\n\r\nbody " + QByteArray::number(n) + "\r\n.dot line\r\n";
        e.envelopeFrom = "alice@example.test";
        e.recipients = to;
        e.subject = QStringLiteral("n%1").arg(n);
        e.serverUrl = QStringLiteral("smtp+plain://127.0.0.1:%1").arg(smtp.server.serverPort());
        return e;
    }

    // A lab account on the fake servers (plaintext, no SMTP login).
    AccountSettings account() const
    {
        AccountSettings a;
        a.id = QStringLiteral("acc");
        a.name = QStringLiteral("Lab");
        a.address = QStringLiteral("alice@example.test");
        a.lab = true;
        a.smtpHost = QStringLiteral("127.0.0.1");
        a.smtpPort = smtp.server.serverPort();
        a.smtpSecurity = TransportSecurity::Plain;
        a.imapHost = QStringLiteral("127.0.0.1");
        a.imapPort = imap.server.serverPort();
        a.imapSecurity = TransportSecurity::Plain;
        return a;
    }

    // Queues `entries`, flushes, and waits for flushed().
    QList<qint64> queueAndFlush(OutboxEngine &engine, const QList<OutboxEntry> &entries)
    {
        const int before = int(ids.size());
        for (const OutboxEntry &e : entries)
            engine.enqueueEntry(quint64(ids.size() + 1), e);
        EXPECT_TRUE(waitUntil([&] { return ids.size() == before + entries.size(); }));
        const int flushesBefore = flushes;
        engine.flush();
        EXPECT_TRUE(waitUntil([&] { return flushes > flushesBefore; }));
        return ids.mid(before);
    }

    std::optional<OutboxEntry> stored(qint64 id)
    {
        MailStore store(storePath);
        if (!store.open())
            return std::nullopt;
        return store.outboxEntry(id, false);
    }

    QTemporaryDir dir;
    QString storePath;
    TlsIdentity identity = makeSelfSigned(QStringLiteral("fake.example"), {QStringLiteral("localhost")},
                                          {QStringLiteral("127.0.0.1")});
    FakeSmtp smtp{identity};
    FakeImap imap{identity};
    TraceHub hub;
    QList<qint64> ids;
    QList<QPair<qint64, SendResult>> results, filings;
    int flushes = 0;
    int changes = 0;
};

} // namespace carteiro::test
