// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MailTransfer.h"

#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/LocalMailboxes.h"
#include "local/MboxFormat.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(MailTransfer) };
} // namespace

MailTransfer::MailTransfer(LocalMailboxes *mailboxes, AccountEngines *engines, QObject *parent)
    : QObject(parent), m_mailboxes(mailboxes), m_engines(engines)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(120 * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop(QCoreApplication::translate("MailTransfer", "%1: no answer after %2 s")
                 .arg(describe(m_messages.value(m_index)))
                 .arg(m_timeout.interval() / 1000));
    });
}

AccountEngine *MailTransfer::engine(const QString &accountId) const
{
    return m_engines && !accountId.isEmpty() ? m_engines->find(accountId) : nullptr;
}

QString MailTransfer::describe(const StoredMessage &m) const
{
    return QCoreApplication::translate("MailTransfer", "message %1 (\"%2\")").arg(m_index + 1).arg(m.subject);
}

bool MailTransfer::start(const QList<StoredMessage> &messages, const QString &sourceAccountId, const Target &target,
                         Mode mode, QString *error)
{
    const bool fromDisk = sourceAccountId.isEmpty() || sourceAccountId == LocalMailboxes::accountId();
    if (m_running)
        *error = Tr::tr("Another copy is still running: wait for it or cancel it.");
    else if (messages.isEmpty())
        *error = Tr::tr("There is no message to copy.");
    else if (fromDisk && mode == Mode::Move)
        *error = Tr::tr("A mailbox opened from disk is never changed: copy its messages instead of moving them.");
    else if (!fromDisk && !engine(sourceAccountId))
        *error = Tr::tr("The account of these messages is not open.");
    else if (target.kind == Target::Kind::ImapFolder && !engine(target.accountId))
        *error = Tr::tr("The account of the target folder is not open.");
    else if (target.kind == Target::Kind::MboxFile && target.path.isEmpty())
        *error = Tr::tr("No file was chosen for the export.");
    else
        error->clear();
    if (!error->isEmpty())
        return false;
    m_messages = messages;
    m_source = sourceAccountId;
    m_target = target;
    m_mode = mode;
    m_index = 0;
    m_running = true;
    m_cancelled = false;
    const quint64 step = ++m_step;
    if (target.kind == Target::Kind::LocalFolder && target.folderId == 0) {
        m_mailboxes->makeLocalFolder(target.newFolderName, [this, step](qint64 id, const QString &why) {
            if (step != m_step)
                return;
            if (!id)
                return stop(why);
            m_target.folderId = id;
            next();
        });
    } else if (target.kind == Target::Kind::MboxFile) {
        m_mailboxes->exportOpen(target.path, [this, step](bool ok, const QString &why) {
            if (step == m_step)
                ok ? next() : stop(why);
        });
    } else {
        QTimer::singleShot(0, this, [this, step] {
            if (step == m_step)
                next();
        });
    }
    Q_EMIT progress(0, m_messages.size());
    return true;
}

void MailTransfer::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void MailTransfer::next()
{
    for (const auto &c : std::as_const(m_waiting))
        disconnect(c);
    m_waiting.clear();
    if (m_cancelled) {
        stop(QCoreApplication::translate("MailTransfer", "Stopped by you after %1 of %2 messages.")
                 .arg(m_index)
                 .arg(m_messages.size()));
        return;
    }
    if (m_index >= m_messages.size()) {
        if (m_target.kind != Target::Kind::MboxFile)
            return finish(QString());
        const quint64 step = ++m_step;
        m_mailboxes->exportFinish(true, [this, step](bool ok, const QString &why) {
            if (step == m_step)
                finish(ok ? QString() : why);
        });
        return;
    }
    const StoredMessage &m = m_messages.at(m_index);
    const quint64 step = ++m_step;
    m_timeout.start();
    if (LocalMailboxes::isMailboxMessage(m.id)) {
        m_mailboxes->readMessage(m.id, [this, step](const QByteArray &raw, quint32 flags, const QString &why) {
            if (step == m_step)
                got(raw, flags, why);
        });
        return;
    }
    AccountEngine *e = engine(m_source);
    if (!e)
        return stop(Tr::tr("The account of these messages is not open."));
    // The store's copy, or the server's (the engine fetches what is not cached).
    m_waiting << connect(e, &AccountEngine::bodyReady, this,
                         [this, step, id = m.id, flags = m.flags](qint64 messageId, const QByteArray &raw) {
                             if (messageId == id && step == m_step)
                                 got(raw, flags, QString());
                         });
    m_waiting << connect(e, &AccountEngine::failed, this, [this, step](const QString &why) {
        if (step == m_step)
            got(QByteArray(), 0, why);
    });
    e->fetchBody(m.id);
}

void MailTransfer::got(const QByteArray &raw, quint32 flags, const QString &error)
{
    if (!error.isEmpty())
        return stop(QCoreApplication::translate("MailTransfer", "Reading %1: %2").arg(describe(m_messages.at(m_index)), error));
    put(raw, flags & ~quint32(MessageFlag::Deleted));
}

void MailTransfer::put(const QByteArray &raw, quint32 flags)
{
    const StoredMessage &m = m_messages.at(m_index);
    const quint64 step = ++m_step;
    auto answer = [this, step](bool ok, const QString &why) {
        if (step == m_step)
            stored(ok, why);
    };
    switch (m_target.kind) {
    case Target::Kind::LocalFolder:
        m_mailboxes->storeMessage(m_target.folderId, raw, flags, answer);
        break;
    case Target::Kind::ImapFolder:
        if (AccountEngine *e = engine(m_target.accountId)) {
            // APPEND (RFC 9051 §6.3.12) carries CRLF lines; files on disk may have LF.
            e->appendTo(m_target.folderId, mbox::withCrlf(raw), flags,
                        [answer](bool filed, const QString &, quint32, const QString &why) { answer(filed, why); });
        } else {
            stop(Tr::tr("The account of the target folder is not open."));
        }
        break;
    case Target::Kind::MboxFile:
        m_mailboxes->exportAdd(raw, m.fromAddress.toUtf8(), m.internalDate.isValid() ? m.internalDate : m.date,
                               answer);
        break;
    }
}

void MailTransfer::stored(bool ok, const QString &error)
{
    m_timeout.stop();
    const StoredMessage &m = m_messages.at(m_index);
    if (!ok)
        return stop(QCoreApplication::translate("MailTransfer", "Copying %1: %2").arg(describe(m), error));
    // The copy is durable (committed, or the server's OK): only now may the source go.
    if (m_mode == Mode::Move)
        if (AccountEngine *e = engine(m_source))
            e->deleteToTrash({m.id});
    ++m_index;
    Q_EMIT progress(m_index, m_messages.size());
    next();
}

void MailTransfer::stop(const QString &error)
{
    if (!m_running)
        return;
    if (m_target.kind == Target::Kind::MboxFile)
        m_mailboxes->exportFinish(false, [](bool, const QString &) {}); // no half file is left
    finish(error);
}

void MailTransfer::finish(const QString &error)
{
    m_timeout.stop();
    for (const auto &c : std::as_const(m_waiting))
        disconnect(c);
    m_waiting.clear();
    ++m_step; // answers still on their way are ignored
    m_running = false;
    Q_EMIT finished(m_index, m_messages.size(), m_target.folderId, error);
}

} // namespace carteiro
