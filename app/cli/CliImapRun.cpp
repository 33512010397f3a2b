// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliImapRun.h"

#include <QTimer>

namespace carteiro::cli {

CliImapRun::CliImapRun(ImapAccountSync &sync, QString unfinished) : m_sync(sync), m_unfinished(std::move(unfinished))
{
    QObject::connect(&sync, &ImapAccountSync::loginFailed, &m_loop, [this](const QString &words) {
        const ImapConnection *c = m_sync.connection(); // "AUTHENTICATE: <the server's words>"
        finish(Refused, c && !c->errorMessage().isEmpty() ? c->errorMessage() : words);
    });
    QObject::connect(&sync, &ImapAccountSync::operationFailed, &m_loop,
                     [this](const QString &step, const QString &message) {
                         finish(transportFailed() ? Network : Refused, message.isEmpty() ? step : message);
                     });
    QObject::connect(&sync, &ImapAccountSync::closed, &m_loop, [this] {
        if (!m_done) {
            m_done = true;
            m_code = transportFailed() ? Network : Refused;
            const ImapConnection *c = m_sync.connection();
            m_error = c && !c->errorMessage().isEmpty() ? c->errorMessage() : m_unfinished;
        }
        m_loop.quit();
    });
}

bool CliImapRun::transportFailed() const
{
    const ImapConnection *c = m_sync.connection();
    return c && c->channel() && c->channel()->errorKind() != Channel::ErrorKind::None;
}

void CliImapRun::finish(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_code = code;
    m_error = message;
    m_sync.close();
    QTimer::singleShot(3000, &m_loop, &QEventLoop::quit); // a server that never answers LOGOUT
}

int CliImapRun::exec()
{
    m_sync.start();
    m_loop.exec();
    if (!m_done) {
        m_error = m_unfinished;
        return Network;
    }
    return m_code;
}

} // namespace carteiro::cli
