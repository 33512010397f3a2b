// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapSearchRequest.h"

#include "sync/ImapOperation.h"

#include <QCoreApplication>
#include <algorithm>

namespace carteiro {

namespace {

// lupdate reads TrImapSearch::tr() of a class that declares its context.
struct TrImapSearch
{
    Q_DECLARE_TR_FUNCTIONS(ImapSearch)
};

// RFC 3501 §9 date: 1-Mar-2024 (SINCE / BEFORE compare dates only, §6.4.4).
QByteArray searchDate(const QDate &d)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(d.day()) + '-' + months[d.month() - 1] + '-' + QByteArray::number(d.year());
}

void addKeys(ImapCommand &c, const SearchQuery &q, const QList<quint32> &scope)
{
    bool first = true;
    auto key = [&](const QByteArray &k) {
        c.raw(first ? k : ' ' + k);
        first = false;
    };
    // RFC 3501 §6.4.4 search keys; each string goes as a quoted string or a
    // literal (ImapCommand::string), never as protocol syntax.
    if (!scope.isEmpty())
        key("UID " + ImapSequenceSet::fromList(scope).toWire());
    for (const QString &w : q.words) {
        key("TEXT ");
        c.string(w.toUtf8());
    }
    for (const QString &v : q.from) {
        key("FROM ");
        c.string(v.toUtf8());
    }
    for (const QString &v : q.to) { // To or Cc, as the local index's recipients
        key("OR TO ");
        c.string(v.toUtf8());
        c.raw(" CC ");
        c.string(v.toUtf8());
    }
    for (const QString &v : q.subject) {
        key("SUBJECT ");
        c.string(v.toUtf8());
    }
    for (const QString &v : q.body) {
        key("BODY ");
        c.string(v.toUtf8());
    }
    if (q.since.isValid())
        key("SINCE " + searchDate(q.since));
    if (q.before.isValid())
        key("BEFORE " + searchDate(q.before));
    if (q.unread)
        key("UNSEEN");
    if (q.flagged)
        key("FLAGGED");
    // has:attachment has no search key: the hits are checked against the store.
    key("UNDELETED");
}

ImapCommand searchCommand(const SearchQuery &q, const QList<quint32> &scope, bool esearch, bool charset)
{
    ImapCommand c;
    c.kind = ImapCommand::Kind::Search;
    c.verb = "UID SEARCH";
    c.raw("UID SEARCH ");
    if (esearch)
        c.raw("RETURN (ALL) "); // RFC 4731 §3.1
    if (charset)
        c.raw("CHARSET UTF-8 "); // RFC 9051 §6.4.4
    addKeys(c, q, scope);
    if (esearch) {
        c.extendedSyntax << "ESEARCH";
        c.baseForm = std::make_shared<const ImapCommand>(searchCommand(q, scope, false, charset));
    }
    return c;
}

} // namespace

ImapSearchRequest::ImapSearchRequest(SearchQuery query, QList<quint32> scope)
    : m_query(std::move(query)), m_scope(std::move(scope)), m_charset(m_query.hasText())
{
}

ImapCommand ImapSearchRequest::command(bool esearch) const
{
    return searchCommand(m_query, m_scope, esearch, m_charset);
}

QByteArray ImapSearchRequest::keys() const
{
    ImapCommand c;
    addKeys(c, m_query, m_scope);
    QByteArray out;
    for (const ImapCommand::Piece &p : std::as_const(c.pieces))
        out += p.literal ? '{' + QByteArray::number(p.text.size()) + "}" + p.text : p.text;
    return out;
}

bool ImapSearchRequest::asciiOnly() const
{
    const QStringList *lists[] = {&m_query.words, &m_query.from, &m_query.to, &m_query.subject, &m_query.body};
    for (const QStringList *list : lists)
        for (const QString &v : *list)
            for (const QChar ch : v)
                if (ch.unicode() >= 0x80)
                    return false;
    return true;
}

ImapSearchRequest::Next ImapSearchRequest::answered(const ImapCompletion &c)
{
    if (c.ok) {
        m_uids = c.uids;
        std::sort(m_uids.begin(), m_uids.end());
        m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
        return Next::Done;
    }
    const QString words = ImapOperation::serverWords(c);
    const bool charsetRefused = m_charset && (c.status == ImapResponse::Status::Bad ||
                                              c.code.name.compare("BADCHARSET", Qt::CaseInsensitive) == 0);
    if (charsetRefused && asciiOnly()) {
        m_charset = false; // RFC 3501 §6.4.4: US-ASCII is always understood
        m_note = TrImapSearch::tr("The server refused CHARSET UTF-8 (%1); searched again without it.").arg(words);
        return Next::Again;
    }
    if (charsetRefused) {
        m_error = TrImapSearch::tr("UID SEARCH: the server does not take words with accents in UTF-8 (%1); «%2» was "
                     "searched in the local index only.")
                      .arg(words, m_query.toString());
        return Next::Failed;
    }
    m_error = TrImapSearch::tr("UID SEARCH: %1").arg(words);
    return Next::Failed;
}

} // namespace carteiro
