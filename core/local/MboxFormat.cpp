// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/MboxFormat.h"

#include <QLocale>

namespace carteiro::mbox {

QString variantName(MboxVariant variant)
{
    switch (variant) {
    case MboxVariant::Mboxo: return QStringLiteral("mboxo");
    case MboxVariant::Mboxrd: return QStringLiteral("mboxrd");
    case MboxVariant::Mboxcl: return QStringLiteral("mboxcl");
    case MboxVariant::Mboxcl2: return QStringLiteral("mboxcl2");
    }
    return QStringLiteral("mbox");
}

std::optional<MboxVariant> variantFromName(QByteArrayView name)
{
    for (MboxVariant v : {MboxVariant::Mboxo, MboxVariant::Mboxrd, MboxVariant::Mboxcl, MboxVariant::Mboxcl2})
        if (name == variantName(v).toLatin1())
            return v;
    return std::nullopt;
}

int unquotePrefix(QByteArrayView line, MboxVariant variant)
{
    if (line.isEmpty() || line.front() != '>' || variant == MboxVariant::Mboxcl2)
        return 0;
    qsizetype i = 0;
    while (i < line.size() && line[i] == '>')
        ++i;
    if (!line.sliced(i).startsWith("From "))
        return 0;
    if (variant == MboxVariant::Mboxrd)
        return 1; // ">+From ": one level less
    return i == 1 ? 1 : 0; // mboxo, mboxcl: only ">From " was quoted
}

QByteArray unquote(QByteArrayView stored, MboxVariant variant)
{
    QByteArray out;
    out.reserve(stored.size());
    qsizetype pos = 0;
    while (pos < stored.size()) {
        qsizetype end = stored.indexOf('\n', pos);
        end = end < 0 ? stored.size() : end + 1;
        const QByteArrayView line = stored.sliced(pos, end - pos);
        out.append(line.sliced(unquotePrefix(line, variant)));
        pos = end;
    }
    return out;
}

QByteArray quoteRd(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + 64);
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        end = end < 0 ? message.size() : end + 1;
        const QByteArrayView line = message.sliced(pos, end - pos);
        qsizetype i = 0;
        while (i < line.size() && line[i] == '>')
            ++i;
        if (line.sliced(i).startsWith("From "))
            out.append('>');
        out.append(line);
        pos = end;
    }
    return out;
}

QByteArray withCrlf(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32);
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r'))
            out.append('\r');
        out.append(message[i]);
    }
    return out;
}

bool looksLikeFromLine(QByteArrayView line)
{
    if (!line.startsWith("From "))
        return false;
    // "From " SENDER " " DATE: a sender token, then a date with a time (hh:mm).
    const QByteArrayView rest = line.sliced(5);
    const qsizetype space = rest.indexOf(' ');
    if (space <= 0)
        return false;
    const QByteArrayView date = rest.sliced(space + 1);
    for (qsizetype i = 0; i + 2 < date.size(); ++i) {
        if (date[i + 1] == ':' && date[i] >= '0' && date[i] <= '9' && date[i + 2] >= '0' && date[i + 2] <= '9')
            return true;
    }
    return false;
}

QByteArray fromLine(const QByteArray &sender, const QDateTime &date)
{
    // asctime(3) form, as the qmail mbox(5) page writes it: "Mon Dec  7 11:04:42 2026".
    const QDateTime utc = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    const QLocale c = QLocale::c();
    const QString when = c.toString(utc, QStringLiteral("ddd MMM ")) +
                         QString::number(utc.date().day()).rightJustified(2, QLatin1Char(' ')) +
                         c.toString(utc, QStringLiteral(" HH:mm:ss yyyy"));
    QByteArray who = sender.simplified(); // no CR, LF or tab in the From_ line
    who.replace(' ', "");
    if (who.isEmpty())
        who = "MAILER-DAEMON";
    return "From " + who + ' ' + when.toLatin1() + '\n';
}

} // namespace carteiro::mbox
