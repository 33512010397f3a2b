// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command catalog: every client command of SMTP, IMAP and POP3 that a
// student may type or that Carteiro sends, with its syntax, a one-line summary,
// the RFC section it comes from and the console states where it is valid. It is
// the one source of command meanings: the console's help and completion, and
// LineExplainer for the client's lines, all read it.
//
// Texts are data in static tables (CommandCatalog.cpp), marked with
// QT_TRANSLATE_NOOP("CommandCatalog", ...) and translated at lookup time;
// syntax and sources are not translated.
//
// Console state names:
//  SMTP: "greeting" (connected, before HELO/EHLO), "ready" (after HELO/EHLO, no
//        transaction), "mail" (after an accepted MAIL), "rcpt" (after an accepted
//        RCPT), "data" (inside the body)
//  IMAP: "not-authenticated", "authenticated", "selected", "idle"
//  POP3: "authorization", "transaction"
#include "trace/TraceEvent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace carteiro {

struct CommandInfo
{
    QString verb;          // "MAIL", "RCPT", "LIST", "UIDL", "STARTTLS"
    QString syntax;        // "MAIL FROM:<reverse-path> [SP mail-parameters]" (not translated)
    QString summary;       // one line, translated
    QString source;        // "RFC 5321 §4.1.1.2" (not translated)
    QStringList states;    // console states where it is valid
    bool obsolete = false; // TURN, SEND, SOML, SAML (RFC 821, gone from RFC 5321)
    QString note;          // translated: obsolete / policy remark, may be empty
    QUrl link;             // rfc-editor.org link of `source`
};

class CommandCatalog
{
public:
    // All commands of a protocol, in catalog order (the order a course teaches them).
    static QList<CommandInfo> commands(Protocol protocol);
    // The commands valid in a console state (names above), in catalog order.
    static QList<CommandInfo> commandsFor(Protocol protocol, const QString &state);
    // One command by verb, case-insensitive ("mail" finds MAIL).
    static std::optional<CommandInfo> find(Protocol protocol, const QString &verb);

    // Every console state name of a protocol, in session order.
    static QStringList states(Protocol protocol);
    // Every translatable text of the catalog, untranslated (for tests).
    static QStringList allSourceTexts();
    static const char *translationContext() { return "CommandCatalog"; }
};

} // namespace carteiro
