// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reply-code catalog: what SMTP reply codes, enhanced status codes, IMAP
// response codes and POP3 extended response codes mean, with the RFC section
// each meaning comes from. The inspector and the CLI use it to decode a reply
// inline ("250 2.1.0 Ok" -> one human line).
//
// All texts are data in static tables (ReplyCatalog.cpp), marked with
// QT_TRANSLATE_NOOP("ReplyCatalog", ...) and translated at lookup time with
// QCoreApplication::translate("ReplyCatalog", ...). Install a translator first
// (see util/Translations.h) to get them in the user's language.
#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {

struct ReplyMeaning
{
    QString code;       // normalised code: "250", "5.1.1", "TRYCREATE", "SYS/TEMP"
    QString meaning;    // one line, translated; empty when nothing at all is known
    QString source;     // "RFC 5321 §4.2.3" (not translated: RFC citations are universal)
    bool known = false; // true only when the exact code is in the catalog

    // Optional extras.
    QString note; // a longer remark from the RFC (examples, alternative use); may be empty

    // Enhanced status codes only (RFC 3463 class.subject.detail); each may be empty.
    QString classMeaning; // "Permanent Failure"
    QString subject;      // "Addressing Status"
    QString detail;       // "Bad destination mailbox address"
    QString usage; // conventional reading in a success reply: 2.1.0 -> "Originator address valid"
    // How the whole code reads, class first and then what is specific to it:
    // 2.0.0 -> "Success", 5.7.1 -> "Permanent Failure: Delivery not authorized,
    // message refused", 4.7.0 -> "Persistent Transient Failure: Security or
    // Policy Status" (an "Other or undefined ..." detail says no more than its
    // subject), 2.1.0 -> "Success: Originator address valid".
    QString reading;
};

class ReplyCatalog
{
public:
    // An SMTP basic reply code (RFC 5321 §4.2, RFC 4954 §4 and §6, RFC 7504).
    // An unknown code in 100..599 falls back to the meaning of its first two
    // digits (RFC 5321 §4.2.1: class 1yz..5yz, category x0z..x5z), known=false.
    static ReplyMeaning smtpBasic(int code);

    // An enhanced status code "2.1.0" (or "X.1.0" for the subject.detail alone).
    // meaning = class — subject — detail. An unknown detail falls back to the
    // subject (and class) meaning with known=false; a malformed code gives an
    // empty meaning.
    static ReplyMeaning enhanced(const QString &code);

    // An IMAP response code atom ("TRYCREATE", "[UIDNEXT 4392]", "permanentflags (\\Seen)").
    static ReplyMeaning imapCode(const QString &atom);

    // A POP3 extended response code ("IN-USE", "[SYS/TEMP]"). An unknown
    // hierarchical code ("SYS/FOO") falls back to its parent with known=false.
    static ReplyMeaning pop3Code(const QString &atom);

    // One human line for an SMTP reply, used by the CLI and the inspector:
    // (250, "2.1.0") -> "250 Requested mail action okay, completed · 2.1.0
    // Success: Originator address valid". enhancedCode may be empty.
    static QString describeSmtpReply(int code, const QString &enhancedCode = QString());

    // For tests and an inspector legend.
    static QList<int> allSmtpCodes();      // every exact basic code, ascending
    static QStringList allEnhancedCodes(); // every subject.detail, as "X.1.1", in table order
    static QStringList allImapCodes();     // every IMAP response code atom
    static QStringList allPop3Codes();     // every POP3 response code
    // Every translatable text of the catalog, untranslated (source language).
    static QStringList allSourceTexts();
    // The translation context of the catalog's texts.
    static const char *translationContext() { return "ReplyCatalog"; }
};

} // namespace carteiro
