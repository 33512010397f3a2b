// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapEnvelope.h"

#include "imap/ImapTokenizer.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
constexpr int kMaxAddresses = 10000; // per field: bounded whatever the server says

QByteArray nstringValue(ImapTokenizer &tok)
{
    const std::optional<QByteArrayView> v = tok.nstring();
    if (!v)
        return {};
    QByteArray b = v->toByteArray();
    if (b.isNull())
        b = QByteArray("", 0); // empty but not NIL
    return b;
}

// RFC 3501 §9: env-from etc. = "(" 1*address ")" / nil
QList<ImapAddress> addressList(ImapTokenizer &tok)
{
    QList<ImapAddress> list;
    tok.skipSpaces();
    if (tok.consumeNil())
        return list;
    if (!tok.expect('('))
        return list;
    while (!tok.hasError() && !tok.consume(')')) {
        tok.skipSpaces();
        if (!tok.expect('('))
            break;
        ImapAddress a;
        a.name = nstringValue(tok);
        tok.skipSpaces();
        a.adl = nstringValue(tok);
        tok.skipSpaces();
        a.mailbox = nstringValue(tok);
        tok.skipSpaces();
        a.host = nstringValue(tok);
        tok.expect(')');
        if (list.size() >= kMaxAddresses) {
            tok.setError(QCoreApplication::translate("Imap", "more than %1 addresses in one field")
                             .arg(kMaxAddresses));
            break;
        }
        list.append(std::move(a));
        tok.skipSpaces();
    }
    return list;
}
} // namespace

std::optional<ImapEnvelope> ImapEnvelope::parse(ImapTokenizer &tok)
{
    ImapEnvelope e;
    if (!tok.expect('('))
        return std::nullopt;
    e.date = nstringValue(tok);
    tok.skipSpaces();
    e.subject = nstringValue(tok);
    e.from = addressList(tok);
    e.sender = addressList(tok);
    e.replyTo = addressList(tok);
    e.to = addressList(tok);
    e.cc = addressList(tok);
    e.bcc = addressList(tok);
    tok.skipSpaces();
    e.inReplyTo = nstringValue(tok);
    tok.skipSpaces();
    e.messageId = nstringValue(tok);
    tok.skipSpaces();
    tok.expect(')');
    if (tok.hasError())
        return std::nullopt;
    return e;
}

} // namespace carteiro
