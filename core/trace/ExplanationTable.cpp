// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/ExplanationTable.h"

#include "trace/CommandCatalog.h"
#include "trace/ReplyCatalog.h"
#include "trace/RfcLink.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace carteiro::trace_detail {

namespace {

// Characters kept as they are in a key; everything else is percent-encoded, so
// '+', '(', ')' and ',' can separate parts and arguments. A space stays a
// space: "imap.tagged.OK(UID FETCH)".
const QByteArray kKeySafe = "._-/\\=[]$: ";

QString encode(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, kKeySafe));
}

QString decode(const QString &s)
{
    return QUrl::fromPercentEncoding(s.toLatin1());
}

const QHash<QString, const ExplanationEntry *> &registry()
{
    static const QHash<QString, const ExplanationEntry *> table = [] {
        QHash<QString, const ExplanationEntry *> h;
        for (const ExplanationTableView &view : allTables()) {
            for (const ExplanationEntry *e = view.begin; e != view.end; ++e) {
                Q_ASSERT_X(!h.contains(QString::fromLatin1(e->key)), "ExplanationTable",
                           e->key); // keys are unique over every table
                h.insert(QString::fromLatin1(e->key), e);
            }
        }
        return h;
    }();
    return table;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("LineExplainer", text) : QString();
}

// %1..%9 from the arguments; a missing one stays visible as "?".
QString fill(QString text, const QStringList &args)
{
    for (int i = 9; i >= 1; --i) {
        const QString marker = QLatin1Char('%') + QString::number(i);
        if (text.contains(marker))
            text.replace(marker, i <= args.size() ? args.at(i - 1) : QStringLiteral("?"));
    }
    return text;
}

struct Resolved
{
    QString text;
    QString detail;
    QString source;
    bool known = false;
    bool inlineInLine = false; // a code part: shown on the line, not in the detail
};

Protocol protocolOf(QStringView name)
{
    if (name == u"smtp")
        return Protocol::Smtp;
    if (name == u"imap")
        return Protocol::Imap;
    if (name == u"pop3")
        return Protocol::Pop3;
    return Protocol::Other;
}

Resolved resolve(const Part &part, bool first)
{
    Resolved r;
    const QString &name = part.name;
    if (name.startsWith(u"cmd.")) {
        const QStringList bits = name.split(QLatin1Char('.'));
        if (bits.size() == 3) {
            if (const auto info = CommandCatalog::find(protocolOf(bits.at(1)), bits.at(2))) {
                r.text = first ? info->summary : info->verb + QStringLiteral(": ") + info->summary;
                r.detail =
                    QCoreApplication::translate("LineExplainer", "Syntax: %1").arg(info->syntax);
                if (!info->note.isEmpty())
                    r.detail += QLatin1Char('\n') + info->note;
                r.source = info->source;
                r.known = true;
                return r;
            }
        }
    } else if (name.startsWith(u"code.smtp.")) {
        const ReplyMeaning m = ReplyCatalog::smtpBasic(name.mid(10).toInt());
        r.text = m.code + QLatin1Char(' ') + m.meaning;
        r.detail = m.note;
        r.source = m.source;
        r.known = m.known;
        return r;
    } else if (name.startsWith(u"code.enh.")) {
        const ReplyMeaning m = ReplyCatalog::enhanced(name.mid(9));
        r.text = m.code + QLatin1Char(' ') + m.reading;
        r.source = m.source;
        r.known = m.known;
        r.inlineInLine = true;
        return r;
    } else if (name.startsWith(u"code.imap.") || name.startsWith(u"code.pop3.")) {
        const QString atom = name.mid(10);
        const ReplyMeaning m = name.startsWith(u"code.imap.") ? ReplyCatalog::imapCode(atom)
                                                              : ReplyCatalog::pop3Code(atom);
        r.text = QLatin1Char('[') + m.code + QStringLiteral("] ") + m.meaning;
        if (m.meaning.isEmpty())
            r.text = QLatin1Char('[') + m.code + QLatin1Char(']') +
                     QCoreApplication::translate("LineExplainer",
                                                 " a response code this catalog does not know");
        r.source = m.source;
        r.known = m.known;
        r.inlineInLine = true;
        return r;
    } else if (const ExplanationEntry *e = findExplanation(name)) {
        r.text = fill(translated(e->text), part.args);
        r.detail = fill(translated(e->detail), part.args);
        r.source = e->source ? QString::fromUtf8(e->source) : QString();
        // A class-level fallback ("an extension this catalog does not
        // describe") is a sensible explanation, but not a known one.
        r.known = !name.endsWith(u".other") && !name.endsWith(u".unknown");
        return r;
    }
    r.text = name;
    if (!part.args.isEmpty())
        r.text += QLatin1Char('(') + part.args.join(QLatin1Char(',')) + QLatin1Char(')');
    return r;
}

} // namespace

QList<ExplanationTableView> allTables()
{
    return {smtpExplanations(), imapExplanations(), imapItemExplanations(),
            pop3Explanations(), saslExplanations(), commonExplanations()};
}

const char *translationContext()
{
    return "LineExplainer";
}

const ExplanationEntry *findExplanation(const QString &key)
{
    return registry().value(key, nullptr);
}

bool hasExplanation(const QString &key)
{
    return registry().contains(key);
}

QString atomArg(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes.left(64)).trimmed();
    for (QChar &c : s) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return s;
}

QString keyOf(const Parts &parts)
{
    QStringList out;
    for (const Part &p : parts) {
        QString s = encode(p.name);
        if (!p.args.isEmpty()) {
            QStringList args;
            for (const QString &a : p.args)
                args << encode(a);
            s += QLatin1Char('(') + args.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        out << s;
    }
    return out.join(QLatin1Char('+'));
}

Parts partsOf(const QString &key)
{
    Parts parts;
    for (const QString &piece : key.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        Part p;
        const qsizetype open = piece.indexOf(QLatin1Char('('));
        if (open > 0 && piece.endsWith(QLatin1Char(')'))) {
            p.name = decode(piece.left(open));
            for (const QString &a :
                 piece.mid(open + 1, piece.size() - open - 2).split(QLatin1Char(',')))
                p.args << decode(a);
        } else {
            p.name = decode(piece);
        }
        parts << p;
    }
    return parts;
}

LineExplanation compose(const Parts &parts)
{
    LineExplanation out;
    out.key = keyOf(parts);
    if (parts.isEmpty())
        return out;
    QStringList details;
    QStringList sources;
    bool known = true;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Resolved r = resolve(parts.at(i), i == 0);
        known = known && r.known;
        if (i == 0) {
            out.text = r.text;
            if (!r.detail.isEmpty())
                details << r.detail;
        } else if (r.inlineInLine) {
            out.text += QStringLiteral(" \u00b7 ") + r.text;
            if (!r.detail.isEmpty())
                details << r.detail;
        } else {
            QString line = QStringLiteral("\u2022 ") + r.text;
            if (!r.detail.isEmpty())
                line += QStringLiteral(" \u2014 ") + r.detail;
            if (!r.source.isEmpty())
                line += QStringLiteral(" (") + r.source + QLatin1Char(')');
            details << line;
        }
        // The line's sources: its first part and the codes shown on it; the
        // other parts cite theirs in the detail.
        if (i == 0 || r.inlineInLine) {
            for (const QString &s : r.source.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
                if (!sources.contains(s))
                    sources << s;
            }
        }
    }
    out.detail = details.join(QLatin1Char('\n'));
    out.source = sources.join(QStringLiteral("; "));
    out.link = RfcLink::forSource(out.source);
    out.known = known;
    return out;
}

QStringList allTableTexts()
{
    QStringList texts;
    const auto add = [&texts](const char *t) {
        if (t && !texts.contains(QString::fromUtf8(t)))
            texts << QString::fromUtf8(t);
    };
    for (const ExplanationTableView &view : allTables()) {
        for (const ExplanationEntry *e = view.begin; e != view.end; ++e) {
            add(e->text);
            add(e->detail);
        }
    }
    add(QT_TRANSLATE_NOOP("LineExplainer", "Syntax: %1"));
    add(QT_TRANSLATE_NOOP("LineExplainer", " a response code this catalog does not know"));
    return texts;
}

} // namespace carteiro::trace_detail
