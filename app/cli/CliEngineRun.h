// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One carteiro-cli command driving the account engine (core/engine/AccountEngine.h)
// on its own event loop, as the window drives it: the command opens the account
// and a folder, reads what the engine publishes (folders, rows, bodies) and
// calls finish(); a refused login, a failure or a lost connection end the run
// with the exit codes every command shares (CliCommon.h: 2 network, 3 refused).
// The account is then closed politely (LOGOUT) before exec() returns.
#include "CliCommon.h"
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"

#include <QEventLoop>
#include <QMap>
#include <QString>

namespace carteiro::cli {

// The account a command line names: the server URL, login, CA file, pinned
// certificate and mechanism; `allowPlaintextAuth` marks it a lab account
// (credentials on a +plain:// connection). Its id is "imap:USER@HOST:PORT" (or
// pop3:), one per login and server in the store.
AccountSettings commandLineAccount(const ServerUrl &url, const QString &user, const QString &caFile,
                                   const QString &pin, const QString &mechanism, bool allowPlaintextAuth);

class CliEngineRun
{
public:
    // `unfinished`: the error when the connection closes before finish().
    CliEngineRun(TraceHub *hub, const QString &storePath, const EngineTuning &tuning, QString unfinished);
    AccountEngine &engine() { return m_engine; }

    // Opens the account, then `start` (open a folder, ask for the list...); runs
    // until finish() or a failure, and until the account closed. The exit code.
    int exec(const AccountSettings &account, const QString &password, const std::function<void()> &start);
    void finish(int code, const QString &message = {});
    bool finished() const { return m_done; }
    QString error() const { return m_error; }

    // What the engine published: the account's folders, the open folder's rows.
    const QList<StoredFolder> &folders() const { return m_folders; }
    qint64 openFolderId() const { return m_folderId; }
    QList<StoredMessage> rows() const; // by UID (IMAP) or store order (POP3)

private:
    void failWith(const QString &message);

    AccountEngine m_engine;
    QString m_unfinished;
    QEventLoop m_loop;
    int m_code = Ok;
    bool m_done = false;
    bool m_closing = false;
    QString m_error;
    QList<StoredFolder> m_folders;
    qint64 m_folderId = 0;
    QMap<qint64, StoredMessage> m_rows; // store id -> row
};

} // namespace carteiro::cli
