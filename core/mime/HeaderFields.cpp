// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/HeaderFields.h"

#include "mime/MimeCharset.h"

namespace carteiro {

QByteArray HeaderFields::raw(const QByteArray &header, const QByteArray &name)
{
    const QByteArray wanted = name.toLower();
    qsizetype pos = 0;
    while (pos < header.size()) {
        qsizetype end = header.indexOf('\n', pos);
        if (end < 0)
            end = header.size();
        QByteArray line = header.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header block
        // The name, then optional blanks before the colon: the obsolete syntax
        // "Subject   : Hello" (RFC 5322 §4.5, Appendix A.6.3) is read too.
        qsizetype colon = wanted.size();
        while (colon < line.size() && (line.at(colon) == ' ' || line.at(colon) == '\t'))
            ++colon;
        if (colon < line.size() && line.at(colon) == ':' && line.left(wanted.size()).toLower() == wanted) {
            QByteArray value = line.mid(colon + 1);
            // Continuation lines start with white space (RFC 5322 §2.2.3).
            qsizetype next = end + 1;
            while (next < header.size() && (header[next] == ' ' || header[next] == '\t')) {
                qsizetype e = header.indexOf('\n', next);
                if (e < 0)
                    e = header.size();
                QByteArray cont = header.mid(next, e - next);
                if (cont.endsWith('\r'))
                    cont.chop(1);
                value += cont;
                next = e + 1;
            }
            return value.trimmed();
        }
        pos = end + 1;
    }
    return {};
}

QString HeaderFields::decoded(const QByteArray &header, const QByteArray &name)
{
    const QByteArray value = raw(header, name);
    return value.isNull() ? QString() : decodeWords(value);
}

QString HeaderFields::decodeWords(const QByteArray &value)
{
    return withoutControls(MimeCharset::decodeEncodedWords(value));
}

QString HeaderFields::withoutControls(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    return text;
}

} // namespace carteiro
