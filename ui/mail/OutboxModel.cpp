// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace carteiro {

namespace {
using State = OutboxEntry::State;

QString shortTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    QStyle *style = QApplication::style();
    return QIcon::fromTheme(QString::fromLatin1(name), style ? style->standardIcon(fallback) : QIcon());
}
} // namespace

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxModel::setEntries(const QList<OutboxEntry> &entries)
{
    // Same ids in the same order (the usual case: a state or a count moved):
    // update in place so that the selection and the scroll position stay.
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries[i].id == m_entries[i].id;
    if (sameRows) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void OutboxModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

const OutboxEntry *OutboxModel::entry(qint64 id) const
{
    for (const OutboxEntry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QModelIndex OutboxModel::indexForId(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return index(int(i), 0);
    return {};
}

bool OutboxModel::notFiled(const OutboxEntry &e)
{
    return e.state == State::Sent && e.stage == OutboxEntry::Stage::Filing && !e.lastError.isEmpty();
}

bool OutboxModel::needsAttention(const OutboxEntry &e)
{
    return e.state == State::Failed || e.state == State::PossiblySent || notFiled(e);
}

int OutboxModel::attentionCount() const
{
    int n = 0;
    for (const OutboxEntry &e : m_entries)
        n += needsAttention(e) ? 1 : 0;
    return n;
}

QString OutboxModel::stateName(const OutboxEntry &e)
{
    switch (e.state) {
    case State::Queued:
        return e.sendAt.isValid() && e.sendAt > QDateTime::currentDateTimeUtc() ? tr("Waiting") : tr("Queued");
    case State::Sending:
        return tr("Sending");
    case State::PossiblySent:
        return tr("Possibly sent");
    case State::Sent:
        return notFiled(e) ? tr("Sent, not filed") : tr("Sent");
    case State::Filed:
        return tr("Filed in Sent");
    case State::Failed:
        return tr("Failed");
    case State::Deferred:
        return tr("Deferred");
    }
    return {};
}

QIcon OutboxModel::stateIcon(const OutboxEntry &e)
{
    switch (e.state) {
    case State::Queued:
        return themed("appointment-soon", QStyle::SP_FileDialogInfoView);
    case State::Sending:
        return themed("mail-send", QStyle::SP_ArrowForward);
    case State::PossiblySent:
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    case State::Sent:
        return notFiled(e) ? themed("dialog-warning", QStyle::SP_MessageBoxWarning)
                           : themed("mail-sent", QStyle::SP_DialogApplyButton);
    case State::Filed:
        return themed("mail-sent", QStyle::SP_DialogApplyButton);
    case State::Failed:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    case State::Deferred:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    }
    return {};
}

QString OutboxModel::whenText(const OutboxEntry &e)
{
    switch (e.state) {
    case State::Queued:
        if (e.sendAt.isValid() && e.sendAt > QDateTime::currentDateTimeUtc())
            return tr("at %1").arg(shortTime(e.sendAt));
        return tr("now");
    case State::Deferred:
        return e.nextAttempt.isValid() ? tr("next try %1").arg(shortTime(e.nextAttempt)) : tr("soon");
    case State::Sending:
        return tr("now");
    case State::Sent:
    case State::Filed:
        return tr("sent %1").arg(shortTime(e.updated));
    case State::PossiblySent:
    case State::Failed:
        return shortTime(e.updated);
    }
    return {};
}

QString OutboxModel::whenExplained(const OutboxEntry &e)
{
    const QLocale locale;
    const auto full = [&](const QDateTime &t) { return locale.toString(t.toLocalTime(), QLocale::LongFormat); };
    switch (e.state) {
    case State::Queued:
        if (e.sendAt.isValid())
            return tr("Not sent before %1.").arg(full(e.sendAt));
        return tr("Sent as soon as the server answers.");
    case State::Deferred:
        return e.nextAttempt.isValid() ? tr("The server asked to try later; next try at %1.").arg(full(e.nextAttempt))
                                       : QString();
    case State::Sent:
    case State::Filed:
        return tr("Accepted by the server at %1.").arg(full(e.updated));
    default:
        return e.updated.isValid() ? tr("Last attempt at %1.").arg(full(e.updated)) : QString();
    }
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &e = m_entries[index.row()];
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case NeedsAttentionRole:
        return needsAttention(e);
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(e)) : QVariant();
    case Qt::FontRole:
        if (index.column() == StateColumn && needsAttention(e)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return whenExplained(e);
        case ReplyColumn: {
            QStringList lines{e.lastReply.isEmpty() ? e.lastError : e.lastReply};
            lines += e.recipientReplies;
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StateColumn:
            return stateName(e);
        case ToColumn:
            return e.to;
        case SubjectColumn:
            return e.subject.isEmpty() ? tr("(no subject)") : e.subject;
        case AccountColumn:
            return m_accountNames.value(e.accountId, e.accountId.isEmpty() ? e.serverUrl : e.accountId);
        case AttemptsColumn:
            return e.attempts;
        case WhenColumn:
            return whenText(e);
        case ReplyColumn:
            return e.lastReply.isEmpty() ? e.lastError : e.lastReply;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case AccountColumn:
        return tr("Account");
    case AttemptsColumn:
        return tr("Attempts");
    case WhenColumn:
        return tr("When");
    case ReplyColumn:
        return tr("Last reply");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace carteiro
