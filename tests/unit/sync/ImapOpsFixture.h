// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP operation tests' fixture (ImapOperationTest.cpp,
// ImapOperationAccountTest.cpp): a loopback server that follows a script of
// commands and replies, whole or one byte per write, and a store to check.
#pragma once
#include "SyncTestSupport.h"
#include "TestTls.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "sync/ImapAppendOp.h"
#include "sync/ImapDeleteOp.h"
#include "sync/ImapFetchBodyOp.h"
#include "sync/ImapIdleOp.h"
#include "sync/ImapFolderOp.h"
#include "sync/ImapListFoldersOp.h"
#include "sync/ImapMoveOp.h"
#include "sync/ImapPrefetchOp.h"
#include "sync/ImapStoreFlagsOp.h"
#include "sync/ImapSyncFolderOp.h"
#include "trace/TraceHub.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace carteiro::test {

// One step of the script: a command the client must send (tag left out; a
// trailing '*' matches any rest) and the reply lines ("TAG" = its tag).
struct Step
{
    QByteArray command;
    QList<QByteArray> reply;
};

class ScriptServer
{
public:
    explicit ScriptServer(bool byteByByte) : m_byteByByte(byteByByte)
    {
        const TlsIdentity id = makeSelfSigned(QStringLiteral("ops.imap"), {QStringLiteral("localhost")},
                                              {QStringLiteral("127.0.0.1")});
        m_server = std::make_unique<ScriptedServer>(id, false);
        m_server->onConnection = [this](QSslSocket *s) {
            m_socket = s;
            send("* OK [CAPABILITY " + capabilities + "] script ready\r\n");
        };
        m_server->onLine = [this](QSslSocket *, const QByteArray &line) { onLine(line); };
        m_server->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server->serverPort(); }
    void send(const QByteArray &bytes)
    {
        if (!m_byteByByte) {
            m_socket->write(bytes);
            return;
        }
        for (const char c : bytes) {
            m_socket->write(&c, 1);
            m_socket->flush();
        }
    }

    QByteArray capabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR IDLE UIDPLUS MOVE LITERAL+";
    QList<Step> script;
    bool refuseLogin = false;
    QList<QByteArray> received; // scripted commands as sent, tag removed
    QStringList mismatches;
    bool done() const { return m_next >= script.size(); }

private:
    void onLine(const QByteArray &line)
    {
        if (m_literalLeft > 0) { // the rest of an APPEND literal (LITERAL+, RFC 7888)
            m_literalLeft -= line.size() + 2;
            return;
        }
        if (!m_pendingTag.isEmpty()) { // the command's end after the literal
            answer(m_pendingTag, m_pendingCommand);
            m_pendingTag.clear();
            return;
        }
        if (!m_idleTag.isEmpty()) {
            received.append(line);
            answer(m_idleTag, line);
            m_idleTag.clear();
            return;
        }
        const qsizetype sp = line.indexOf(' ');
        const QByteArray tag = line.left(sp), cmd = line.mid(sp + 1), upper = cmd.toUpper();
        if (upper == "CAPABILITY") {
            send("* CAPABILITY " + capabilities + "\r\n" + tag + " OK done\r\n");
        } else if ((upper.startsWith("AUTHENTICATE") || upper.startsWith("LOGIN")) && refuseLogin) {
            send(tag + " NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        } else if (upper.startsWith("AUTHENTICATE") || upper.startsWith("LOGIN")) {
            send(tag + " OK [CAPABILITY " + capabilities + "] logged in\r\n");
        } else if (upper.startsWith("ENABLE") || upper.startsWith("ID ")) {
            send(tag + " OK\r\n");
        } else if (upper == "LOGOUT") {
            send("* BYE bye\r\n" + tag + " OK\r\n");
        } else if (upper.startsWith("APPEND") && cmd.endsWith("+}")) {
            received.append(cmd);
            m_pendingTag = tag;
            m_pendingCommand = cmd;
            m_literalLeft = cmd.mid(cmd.lastIndexOf('{') + 1).chopped(2).toLongLong();
        } else {
            received.append(cmd);
            if (upper == "IDLE")
                m_idleTag = tag;
            answer(tag, cmd);
        }
    }

    void answer(const QByteArray &tag, const QByteArray &cmd)
    {
        if (done()) {
            mismatches << QStringLiteral("unexpected: %1").arg(QString::fromLatin1(cmd));
            send(tag + " BAD not in the script\r\n");
            return;
        }
        const Step &step = script.at(m_next++);
        const bool any = step.command.endsWith('*');
        const bool match = any ? cmd.startsWith(step.command.chopped(1)) : cmd == step.command;
        if (!match)
            mismatches << QStringLiteral("expected %1, got %2")
                              .arg(QString::fromLatin1(step.command), QString::fromLatin1(cmd));
        QByteArray out;
        for (const QByteArray &l : step.reply)
            out += QByteArray(l).replace("TAG", tag) + "\r\n";
        send(out);
    }

    std::unique_ptr<ScriptedServer> m_server;
    QSslSocket *m_socket = nullptr;
    bool m_byteByByte;
    qsizetype m_next = 0;
    QByteArray m_idleTag, m_pendingTag, m_pendingCommand;
    qint64 m_literalLeft = 0;
};

struct Recorder : ImapOperationEvents
{
    void foldersChanged() override { ++folders; }
    void chunkStored(qint64, const QList<StoredMessage> &rows) override { stored += rows; }
    void folderSynced(qint64 f, int a, int, int) override { synced << f; added += a; }
    void bodyReady(qint64 id) override { bodies << id; }
    void flagsChanged(const QList<StoredMessage> &rows) override { flagged += rows; }
    void messagesMoved(const QList<qint64> &ids, qint64 t) override { moved += ids; movedTo = t; }
    void messagesRemoved(const QList<qint64> &ids) override { removed += ids; }
    void appended(const QString &f, quint32 uid) override { appendedTo = f; appendedUid = uid; }
    void conflict(const QString &m) override { conflicts << m; }
    void prefetchProgress(qint64, qint64 done, qint64 total) override { prefetched << qMakePair(done, total); }
    QList<QPair<qint64, qint64>> prefetched;
    int folders = 0, added = 0;
    QList<qint64> synced, bodies, moved, removed;
    qint64 movedTo = 0;
    QList<StoredMessage> stored, flagged;
    QString appendedTo;
    quint32 appendedUid = 0;
    QStringList conflicts;
};

class ImapOps : public ::testing::TestWithParam<bool>
{
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    void SetUp() override
    {
        server = std::make_unique<ScriptServer>(GetParam());
        store = std::make_unique<MailStore>(dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store->open()) << store->error().toStdString();
        inbox = addFolder(QStringLiteral("INBOX"), "\\Inbox");
        trash = addFolder(QStringLiteral("Trash"), "\\Trash");
        QList<StoredMessage> rows;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            StoredMessage m;
            m.uid = uid;
            m.envelopeKnown = true;
            m.subject = QStringLiteral("m%1").arg(uid);
            m.flags = uid == 1 ? quint32(MessageFlag::Seen) : 0u;
            rows << m;
        }
        ASSERT_TRUE(store->upsertMessages(inbox, rows));
    }

    qint64 addFolder(const QString &name, const QByteArray &use)
    {
        StoredFolder f;
        f.accountId = QStringLiteral("acct");
        f.name = name;
        f.wireName = name.toLatin1();
        f.specialUse = use;
        return store->upsertFolder(f);
    }

    ChannelOptions channel() const
    {
        ChannelOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server->port();
        o.security = TransportSecurity::Plain;
        o.connectTimeoutMs = 5000;
        o.replyTimeoutMs = 5000;
        return o;
    }

    static ImapSession::Config config() { return fakeServerLogin(); }

    void connectToServer()
    {
        conn = std::make_unique<ImapConnection>(&hub, channel(), config());
        conn->open();
        ASSERT_TRUE(runUntil([&] { return conn->isReady(); }));
        ctx.connection = conn.get();
        ctx.store = store.get();
        ctx.accountId = QStringLiteral("acct");
        ctx.events = &events;
        ctx.finished = [this](ImapOperation *) { asyncEnded = true; };
    }

    // Runs `op` to its end, feeding it the connection's untagged data and completions.
    ImapOperation::Status run(ImapOperation &op)
    {
        asyncEnded = false;
        ImapOperation::Status status = ImapOperation::Status::Running;
        const auto a = QObject::connect(conn.get(), &ImapConnection::untagged,
                                        [&](const ImapResponse &r) { op.onUntagged(ctx, r); });
        const auto b = QObject::connect(conn.get(), &ImapConnection::jobFinished,
                                        [&](quint64 job, const ImapCompletion &c) {
                                            if (op.owns(job))
                                                status = op.onCompleted(ctx, job, c);
                                        });
        status = op.start(ctx);
        runUntil([&] { return status != ImapOperation::Status::Running || asyncEnded; });
        QObject::disconnect(a);
        QObject::disconnect(b);
        return asyncEnded ? op.status() : status;
    }

    StoredMessage row(qint64 folder, quint32 uid) const
    {
        return store->messageByUid(folder, uid).value_or(StoredMessage());
    }

    QString mismatches() const { return server->mismatches.join(QLatin1Char('\n')); }

    QTemporaryDir dir;
    TraceHub hub;
    std::unique_ptr<ScriptServer> server;
    std::unique_ptr<MailStore> store;
    std::unique_ptr<ImapConnection> conn;
    ImapOperationContext ctx;
    Recorder events;
    qint64 inbox = 0, trash = 0;
    bool asyncEnded = false;
};

inline const QList<QByteArray> kSelected = {"* 3 EXISTS", "* OK [UIDVALIDITY 7] ok", "TAG OK [READ-WRITE] selected"};

} // namespace carteiro::test
