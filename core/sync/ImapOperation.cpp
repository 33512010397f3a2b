// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapOperation.h"

#include <QCoreApplication>

namespace carteiro {

QString ImapOperation::serverWords(const ImapCompletion &c)
{
    QString words = QString::fromLatin1(ImapResponse::statusName(c.status));
    if (!c.code.name.isEmpty())
        words += QStringLiteral(" [%1]").arg(QString::fromLatin1(c.code.name));
    if (!c.text.isEmpty())
        words += QLatin1Char(' ') + c.text;
    return words.trimmed();
}

ImapOperation::Status ImapOperation::start(ImapOperationContext &ctx)
{
    m_status = Status::Running;
    return finish(begin(ctx));
}

void ImapOperation::onUntagged(ImapOperationContext &, const ImapResponse &)
{
}

ImapOperation::Status ImapOperation::onCompleted(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (!m_jobs.remove(job))
        return m_status;
    if (job == m_selectJob) {
        m_selectJob = 0;
        if (!c.ok) {
            ctx.selected.clear();
            return fail(QCoreApplication::translate("ImapOperation", "SELECT %1: %2").arg(m_selecting, serverWords(c)));
        }
        ctx.selected = m_selecting;
        return finish(checkUids(ctx));
    }
    if (job == m_searchJob) {
        m_searchJob = 0;
        if (!c.ok)
            return fail(QCoreApplication::translate("ImapOperation", "UID SEARCH in %1: %2").arg(m_selecting, serverWords(c)));
        const QSet<quint32> there(c.uids.cbegin(), c.uids.cend());
        QList<quint32> kept, gone;
        for (const quint32 uid : std::as_const(*m_uids))
            (there.contains(uid) ? kept : gone).append(uid);
        *m_uids = kept;
        if (!gone.isEmpty() && ctx.events) {
            QStringList numbers;
            for (const quint32 uid : std::as_const(gone))
                numbers << QString::number(uid);
            ctx.events->conflict(QCoreApplication::translate("ImapOperation",
                                                             "%1 in %2: %n message(s) are no longer on the server "
                                                             "(UID %3); the action made offline was not applied "
                                                             "to them.",
                                                             nullptr, int(gone.size()))
                                     .arg(m_step, m_selecting, numbers.join(QStringLiteral(", "))));
        }
        if (kept.isEmpty())
            return finish(Status::Done);
        return finish(selected(ctx));
    }
    return finish(completed(ctx, job, c));
}

void ImapOperation::cancel(ImapOperationContext &ctx)
{
    for (const quint64 job : std::as_const(m_jobs))
        ctx.connection->cancel(job);
}

ImapOperation::Status ImapOperation::selectThen(ImapOperationContext &ctx, const QString &folder,
                                                QList<quint32> *uids)
{
    m_selecting = folder;
    m_uids = uids;
    if (ctx.selected == folder && ctx.connection->session().state() == ImapSession::State::Selected)
        return checkUids(ctx);
    // RFC 3501 §6.3.1 SELECT: read-write, the operations change flags and expunge
    m_selectJob = await(ctx.connection->select(folder, false));
    return Status::Running;
}

ImapOperation::Status ImapOperation::checkUids(ImapOperationContext &ctx)
{
    if (!m_checkUids || !m_uids || m_uids->isEmpty())
        return selected(ctx);
    // RFC 3501 §6.4.4 / §6.4.8 UID SEARCH UID <set>: which of them are still there
    m_searchJob = await(ctx.connection->search("UID " + imapop::uidSet(*m_uids).toWire()));
    return Status::Running;
}

ImapOperation::Status ImapOperation::selected(ImapOperationContext &)
{
    return Status::Done;
}

quint64 ImapOperation::await(quint64 job)
{
    m_jobs.insert(job);
    return job;
}

ImapOperation::Status ImapOperation::fail(const QString &message)
{
    m_error = message;
    return m_status = Status::Failed;
}

namespace imapop {

ImapSequenceSet uidSet(const QList<quint32> &uids)
{
    return ImapSequenceSet::fromList(uids);
}

QList<qint64> idsOf(const MailStore &store, qint64 folderId, const QList<quint32> &uids)
{
    QList<qint64> ids;
    for (const quint32 uid : uids)
        if (const auto m = store.messageByUid(folderId, uid))
            ids << m->id;
    return ids;
}

} // namespace imapop

} // namespace carteiro
