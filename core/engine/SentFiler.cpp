// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SentFiler.h"

#include "imap/ImapConnection.h"

#include <QTimer>

namespace carteiro {

namespace {
const QString kFallbackFolder = QStringLiteral("Sent");
}

SentFiler::SentFiler(TraceHub *hub, const AccountSettings &account, const QString &password,
                     const QByteArray &message, QObject *parent)
    : QObject(parent), m_hub(hub), m_account(account), m_message(message)
{
    m_imap = new ImapConnection(m_hub, imapChannel(account), imapConfig(account, password), this);
    connect(m_imap, &ImapConnection::ready, this, &SentFiler::onReady);
    connect(m_imap, &ImapConnection::stateChanged, this, &SentFiler::stateChanged);
    connect(m_imap, &ImapConnection::jobFinished, this, &SentFiler::onJobFinished);
    connect(m_imap, &ImapConnection::failed, this, [this](const QString &message) {
        if (!m_filed)
            done(false, message);
    });
    connect(m_imap, &ImapConnection::closed, this, [this] {
        if (!m_finished) {
            if (!m_filed && m_error.isEmpty())
                m_error = m_imap->errorMessage().isEmpty() ? tr("the connection closed before the APPEND finished")
                                                            : m_imap->errorMessage();
            m_finished = true;
            Q_EMIT finished();
        }
    });
}

SentFiler::~SentFiler() = default;

bool SentFiler::canFile(const AccountSettings &account)
{
    return account.incomingProtocol == AccountSettings::IncomingProtocol::Imap && !account.imapHost.trimmed().isEmpty()
           && account.imapPort != 0;
}

ChannelOptions SentFiler::imapChannel(const AccountSettings &account)
{
    return account.imapChannel();
}

ImapSession::Config SentFiler::imapConfig(const AccountSettings &account, const QString &password)
{
    ImapSession::Config config = account.imapConfig(password);
    config.enableQresync = false; // one APPEND: nothing to resynchronise
    return config;
}

void SentFiler::start()
{
    Q_EMIT stateChanged(tr("Filing in Sent: connecting to %1:%2").arg(m_account.imapHost).arg(m_account.imapPort));
    m_imap->open();
}

void SentFiler::cancel()
{
    if (!m_finished)
        done(false, tr("cancelled by the user"));
}

void SentFiler::onReady()
{
    if (const Channel *ch = m_imap->channel())
        m_connection = ch->connectionId();
    // RFC 3501 §6.3.8 LIST; RFC 6154 §2 marks the Sent folder with \Sent.
    m_listJob = m_imap->list(QStringLiteral("*"));
}

void SentFiler::searchOrAppend()
{
    bool searchable = !m_searchId.isEmpty();
    for (const char ch : std::as_const(m_searchId))
        searchable = searchable && uchar(ch) >= 0x20 && uchar(ch) < 0x7f;
    if (!searchable) {
        append();
        return;
    }
    Q_EMIT stateChanged(tr("Filing in Sent: looking for the message in \"%1\"").arg(m_folder));
    m_examineJob = m_imap->select(m_folder, true); // RFC 3501 §6.3.2 EXAMINE: read-only
}

void SentFiler::append()
{
    Q_EMIT stateChanged(tr("Filing in Sent: APPEND to \"%1\"").arg(m_folder));
    // RFC 3501 §6.3.11 APPEND, flagged \Seen: the user wrote it.
    m_appendJob = m_imap->append(m_folder, m_message, {QByteArrayLiteral("\\Seen")});
}

void SentFiler::onJobFinished(quint64 job, const ImapCompletion &c)
{
    if (job == m_listJob) {
        m_folder.clear();
        if (c.ok) {
            for (const ImapListEntry &e : c.list)
                if (e.hasAttribute("\\Sent")) {
                    m_folder = e.name;
                    break;
                }
            if (m_folder.isEmpty())
                for (const ImapListEntry &e : c.list)
                    if (e.name.compare(kFallbackFolder, Qt::CaseInsensitive) == 0) {
                        m_folder = e.name;
                        break;
                    }
        }
        if (m_folder.isEmpty())
            m_folder = kFallbackFolder; // LIST refused or no Sent folder: the customary name
        searchOrAppend();
    } else if (job == m_examineJob) {
        if (!c.ok) {
            append(); // no such folder yet: nothing to find (TRYCREATE follows)
            return;
        }
        // RFC 3501 §6.4.4 (UID SEARCH, RFC 3501 §6.4.8): HEADER <field> <string>.
        QByteArray quoted = m_searchId;
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        m_searchJob = m_imap->search("HEADER Message-ID \"" + quoted + '"');
    } else if (job == m_searchJob) {
        if (c.ok && !c.uids.isEmpty()) {
            m_uid = c.uids.last();
            m_foundExisting = true;
            done(true, {});
        } else {
            append();
        }
    } else if (job == m_appendJob) {
        if (c.ok) {
            const auto uids = c.code.name == "APPENDUID" ? c.code.uids.toList() : std::nullopt;
            if (uids && !uids->isEmpty())
                m_uid = uids->first();
            done(true, {});
        } else if (c.code.name == "TRYCREATE" && !m_triedCreate) {
            // RFC 3501 §6.3.11: [TRYCREATE] means CREATE may make the APPEND succeed.
            m_triedCreate = true;
            m_createJob = m_imap->createMailbox(m_folder); // RFC 3501 §6.3.3 CREATE
        } else {
            done(false, QStringLiteral("APPEND: %1").arg(c.text));
        }
    } else if (job == m_createJob) {
        if (c.ok)
            append();
        else
            done(false, QStringLiteral("CREATE \"%1\": %2").arg(m_folder, c.text));
    }
}

void SentFiler::done(bool filed, const QString &error)
{
    if (m_finished)
        return;
    m_filed = filed;
    if (!filed && m_error.isEmpty())
        m_error = error;
    // RFC 3501 §6.1.3 LOGOUT; finished() follows the connection's close.
    if (m_imap->isReady()) {
        m_imap->close();
        // A server that never answers LOGOUT must not hold the result back.
        QTimer::singleShot(10000, this, [this] {
            if (!m_finished) {
                m_finished = true;
                Q_EMIT finished();
            }
        });
        return;
    }
    m_imap->close();
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace carteiro
