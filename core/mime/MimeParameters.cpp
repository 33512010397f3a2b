// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeParameters.h"

#include "MimeCharset.h"
#include "MimeStrings.h"

#include <QCoreApplication>

#include <map>

namespace carteiro {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Skips an RFC 822 comment starting at data[pos] == '(' (nested, with escapes).
qsizetype skipComment(const QByteArray &data, qsizetype pos)
{
    int level = 0;
    for (; pos < data.size(); ++pos) {
        const char c = data.at(pos);
        if (c == '\\') {
            ++pos;
        } else if (c == '(') {
            ++level;
        } else if (c == ')' && --level == 0) {
            return pos + 1;
        }
    }
    return pos;
}

struct Section
{
    bool encoded = false;
    QByteArray data;
};

} // namespace

MimeParameters MimeParameters::parse(const QByteArray &field)
{
    MimeParameters result;
    const qsizetype n = field.size();
    qsizetype pos = 0;

    // The value itself, up to the first ';'.
    while (pos < n && field.at(pos) != ';') {
        const char c = field.at(pos);
        if (c == '(') {
            pos = skipComment(field, pos);
            continue;
        }
        if (!isWhite(c))
            result.value += c;
        ++pos;
    }

    QMap<QByteArray, QByteArray> plain;
    std::map<QByteArray, std::map<int, Section>> extended;
    // Hostile headers can repeat a fault many times: keep a few distinct notes.
    auto note = [&](const QString &text) {
        if (result.defects.size() < 5 && !result.defects.contains(text))
            result.defects << text;
    };

    while (pos < n) {
        ++pos; // ';'
        while (pos < n && isWhite(field.at(pos)))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < n && field.at(pos) != '=' && field.at(pos) != ';')
            ++pos;
        const QByteArray name = field.mid(nameStart, pos - nameStart).trimmed().toLower();
        if (pos >= n || field.at(pos) == ';') {
            if (!name.isEmpty())
                note(QCoreApplication::translate("Mime", "Parameter without a value ignored"));
            continue;
        }
        ++pos; // '='
        while (pos < n && isWhite(field.at(pos)))
            ++pos;
        QByteArray value;
        if (pos < n && field.at(pos) == '"') {
            ++pos;
            bool closed = false;
            for (; pos < n; ++pos) {
                const char c = field.at(pos);
                if (c == '\\' && pos + 1 < n) {
                    value += field.at(++pos);
                } else if (c == '"') {
                    closed = true;
                    ++pos;
                    break;
                } else if (c != '\r' && c != '\n') { // unfolding leftovers
                    value += c;
                }
            }
            if (!closed)
                note(QCoreApplication::translate("Mime", "Unterminated quoted parameter value"));
            while (pos < n && field.at(pos) != ';') // junk after the closing quote
                ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < n && field.at(pos) != ';')
                ++pos;
            value = field.mid(valueStart, pos - valueStart).trimmed();
        }
        if (name.isEmpty())
            continue;

        // RFC 2231: name*  name*N  name*N*
        QByteArray base = name;
        const bool encoded = base.endsWith('*');
        if (encoded)
            base.chop(1);
        int section = -1;
        const qsizetype star = base.lastIndexOf('*');
        if (star > 0 && star + 1 < base.size() && base.size() - star - 1 <= 6) {
            bool digits = true;
            for (qsizetype i = star + 1; i < base.size(); ++i)
                digits = digits && base.at(i) >= '0' && base.at(i) <= '9';
            if (digits) {
                section = base.mid(star + 1).toInt();
                base.truncate(star);
            }
        }
        if (section < 0 && !encoded) {
            if (plain.contains(base))
                note(QCoreApplication::translate("Mime", "Duplicate parameter \"%1\": the first one is used")
                         .arg(MimeStrings::printable(QString::fromLatin1(base))));
            else
                plain.insert(base, value);
        } else {
            auto &sections = extended[base];
            sections.try_emplace(section < 0 ? 0 : section, Section{encoded, value});
        }
    }

    for (const auto &[base, sections] : extended) {
        QByteArray charset;
        QByteArray bytes;
        int expected = 0;
        for (const auto &[number, section] : sections) {
            if (number != expected) {
                note(QCoreApplication::translate("Mime", "RFC 2231 continuation of \"%1\" has a gap: stopped at section %2")
                         .arg(MimeStrings::printable(QString::fromLatin1(base)))
                         .arg(expected));
                break;
            }
            QByteArray data = section.data;
            if (number == 0 && section.encoded) {
                // charset'language'percent-encoded
                const qsizetype q1 = data.indexOf('\'');
                const qsizetype q2 = q1 < 0 ? -1 : data.indexOf('\'', q1 + 1);
                if (q2 < 0) {
                    note(QCoreApplication::translate("Mime", "RFC 2231 value of \"%1\" has no charset'language' prefix")
                             .arg(MimeStrings::printable(QString::fromLatin1(base))));
                } else {
                    charset = data.left(q1);
                    data = data.mid(q2 + 1);
                }
            }
            bytes += section.encoded ? QByteArray::fromPercentEncoding(data) : data;
            ++expected;
        }
        if (expected == 0)
            continue; // nothing usable: a plain parameter of that name may still be there
        bool known = true;
        result.parameters.insert(base, MimeCharset::decode(bytes, charset, &known));
        if (!known)
            note(QCoreApplication::translate("Mime", "Unknown charset \"%1\" in parameter \"%2\"")
                     .arg(MimeStrings::printable(QString::fromLatin1(charset)),
                          MimeStrings::printable(QString::fromLatin1(base))));
    }
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        if (result.parameters.contains(it.key()))
            continue; // the RFC 2231 form wins
        bool known = true;
        result.parameters.insert(it.key(), MimeCharset::decodeEncodedWords(it.value(), &known));
        if (!known)
            note(QCoreApplication::translate("Mime", "Unknown charset in parameter \"%1\"")
                     .arg(MimeStrings::printable(QString::fromLatin1(it.key()))));
    }
    return result;
}

} // namespace carteiro
