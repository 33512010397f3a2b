// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/trace: the data behind LineExplainer.
//
// An explanation is a list of parts. Each part names one entry of a table
// (SmtpExplanations.cpp, ImapExplanations.cpp, Pop3Explanations.cpp,
// SaslExplanations.cpp) or one entry of another catalog ("cmd.smtp.MAIL" from
// CommandCatalog, "code.smtp.250", "code.enh.2.1.0", "code.imap.TRYCREATE",
// "code.pop3.IN-USE" from ReplyCatalog), with optional short arguments that
// fill %1, %2 of the text: "imap.untagged.EXISTS(3)". The key of the whole
// explanation is its parts joined by '+', each name and argument
// percent-encoded, so that fromKey() can rebuild the same text later in any
// language.
#include "trace/LineExplainer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro::trace_detail {

struct ExplanationEntry
{
    const char *key;    // "smtp.ehlo.PIPELINING"
    const char *text;   // one line, QT_TRANSLATE_NOOP("LineExplainer", ...); may use %1, %2
    const char *detail; // longer, translated; may be nullptr
    const char *source; // "RFC 2920 §3"; may be nullptr
};

struct ExplanationTableView
{
    const ExplanationEntry *begin;
    const ExplanationEntry *end;
};

// The tables (one per data file).
ExplanationTableView smtpExplanations();
ExplanationTableView imapExplanations();
ExplanationTableView imapItemExplanations();
ExplanationTableView pop3Explanations();
ExplanationTableView saslExplanations();
ExplanationTableView commonExplanations();

// Every table above.
QList<ExplanationTableView> allTables();

// One entry by exact key, over every table; nullptr when absent.
const ExplanationEntry *findExplanation(const QString &key);
bool hasExplanation(const QString &key);

struct Part
{
    QString name;
    QStringList args;

    Part() = default;
    Part(const QString &n, QStringList a = {}) : name(n), args(std::move(a)) {}
    Part(const char *n, QStringList a = {}) : name(QString::fromLatin1(n)), args(std::move(a)) {}
};
using Parts = QList<Part>;

// Parts -> key ("a+b(1)") and back.
QString keyOf(const Parts &parts);
Parts partsOf(const QString &key);

// The translated explanation of parts: the first part's text is the line; code
// parts ("code.*") are appended to the line; the other parts are listed in the
// detail, one per line. known only when every part is known.
LineExplanation compose(const Parts &parts);

// Every translatable text of the tables, untranslated.
QStringList allTableTexts();

// Helpers shared by the protocol readers.
QString atomArg(const QByteArray &bytes); // a short, printable argument (at most 64 chars)
const char *translationContext();

} // namespace carteiro::trace_detail
