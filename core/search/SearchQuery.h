// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the user asks the search for (core/search/README.md): words anywhere,
// words in one field (from, to, subject, body), a date range and three
// attributes. Parsed from the search field's text, turned into an SQLite FTS5
// MATCH expression for the local index and into IMAP SEARCH keys for the
// server (ImapSearchRequest, core/sync).
//
//   joao aula            both words, anywhere (sender, recipients, subject, body)
//   from:joao  de:joao   the sender's name or address
//   to:bob     para:bob  a To or Cc recipient
//   subject:"aula 3"     assunto:   a phrase in the subject
//   body:carteiro        corpo:     the text of the message
//   since:2024-03-01 before:2024-04-01  (also desde:, antes:, and 01/03/2024)
//   has:attachment  is:unread  is:flagged   (tem:anexo, is:naolida, is:sinalizada)
//
// Words match by prefix, with case and accents folded ("joao" finds "João").
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace carteiro {

struct SearchQuery
{
    QStringList words;                  // anywhere
    QStringList from, to, subject, body; // in one field
    QDate since;                        // on or after (the message's Date)
    QDate before;                       // strictly before
    bool hasAttachment = false;
    bool unread = false;
    bool flagged = false;

    // nullopt with *error naming the faulty term (an unknown "key:", a bad date,
    // an unclosed quote, a range that ends before it starts).
    static std::optional<SearchQuery> parse(const QString &text, QString *error);

    bool isEmpty() const;
    // Some term is matched against text (the FTS index), not only attributes.
    bool hasText() const;
    // Text terms only on from:, to: and subject: (the headers' own index answers them).
    bool headersOnly() const { return hasText() && words.isEmpty() && body.isEmpty(); }
    // Words anywhere or in the body: the server may know what an uncached body holds.
    bool needsBodies() const;
    // The FTS5 MATCH expression over the columns sender, recipients, subject,
    // body (every term a quoted prefix phrase); empty when !hasText().
    QString ftsExpression() const;
    // The query written back in the canonical syntax (for titles and the CLI).
    QString toString() const;

    // Case and accents folded the way the index folds them (Unicode
    // decomposition, combining marks dropped, case folded): "João" -> "joao".
    static QString fold(const QString &text);
};

} // namespace carteiro
