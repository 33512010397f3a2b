// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one protocol line means, both directions, for SMTP, IMAP and POP3: a
// command (from CommandCatalog), a reply read in context (the last EHLO line
// "250 CHUNKING" is the CHUNKING keyword, a 334 is the next step of the SASL
// mechanism in use), an IMAP untagged response item by item, a POP3 listing
// line. Stateful, one per connection, fed every line in order, as sent (C) and
// received (S).
//
// Explanations are data (SmtpExplanations.cpp, ImapExplanations.cpp,
// Pop3Explanations.cpp, SaslExplanations.cpp, plus CommandCatalog and
// ReplyCatalog), translated at lookup in the context "LineExplainer", each
// citing its RFC section. Lines arrive already redacted; an explanation never
// repeats a SASL payload, so no secret can reach it.
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace carteiro {

struct LineExplanation
{
    QString key;    // stable catalog key, e.g. "smtp.ehlo.PIPELINING", "imap.untagged.EXISTS(3)"
    QString text;   // one line, translated
    QString detail; // longer explanation, translated (may be empty)
    QString source; // "RFC 2920 §3"
    QUrl link;      // https://www.rfc-editor.org/rfc/rfc2920#section-3 (empty when no RFC)
    bool known = false;
};

class LineExplainer
{
public:
    explicit LineExplainer(Protocol protocol);
    ~LineExplainer();
    LineExplainer(const LineExplainer &) = delete;
    LineExplainer &operator=(const LineExplainer &) = delete;

    Protocol protocol() const { return m_protocol; }

    // A line as sent (C) or received (S), without CRLF, already redacted.
    LineExplanation explain(Direction direction, const QByteArray &line);
    // The same, key only (no text is built): for a tap that stores keys.
    QString keyFor(Direction direction, const QByteArray &line);
    // A body that went by as one summary (DATA/BDAT content, an IMAP literal, a
    // POP3 message): keeps the line count of literals and multi-line replies right.
    void noteBody(Direction direction, qint64 bytes);
    // A TLS handshake finished (STARTTLS): the session starts over.
    void noteTls();

    // The same text again from a key (for saved sessions reopened later, in the
    // current language). An unknown key gives known=false and the key as text.
    static LineExplanation fromKey(const QString &key);

    // One capability as the server lists it, explained on its own (for a
    // capability panel): an EHLO line without its code ("PIPELINING", "SIZE
    // 10240000", "AUTH PLAIN LOGIN"), an IMAP capability atom ("AUTH=PLAIN",
    // "LITERAL+"), a POP3 CAPA line ("SASL PLAIN", "TOP").
    static LineExplanation capability(Protocol protocol, const QByteArray &capability);

    // Every translatable text of the explanation tables, untranslated (for tests).
    static QStringList allSourceTexts();
    static const char *translationContext() { return "LineExplainer"; }

    class Reader; // one per protocol (SmtpLineReader, ImapLineReader, Pop3LineReader)

private:
    Protocol m_protocol;
    std::unique_ptr<Reader> m_reader;
};

} // namespace carteiro
