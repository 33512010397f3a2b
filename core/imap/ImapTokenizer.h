// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A zero-copy reader over one framed IMAP response (RFC 3501 §9 grammar). Atoms,
// literals and quoted strings without escapes are views into the frame; only a
// quoted string with backslash escapes is copied (into the tokenizer's own
// scratch space). Every view stays valid while the frame and tokenizer live.
// The first syntax error sticks: later calls return empty values, and the
// caller checks hasError() once at the end.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <deque>
#include <optional>

namespace carteiro {

class ImapTokenizer
{
public:
    explicit ImapTokenizer(QByteArrayView data) : m_data(data) {}

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }
    qsizetype position() const { return m_pos; }
    QByteArrayView rest() const { return m_data.sliced(qMin(m_pos, m_data.size())); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void setError(const QString &why);

    // Consumes `c` if it is next.
    bool consume(char c);
    // Requires `c` next (an error otherwise).
    bool expect(char c);
    // One or more SP (servers are not always strict; we are lenient on reading).
    bool skipSpaces();
    // True if the next token is the atom NIL (consumes it).
    bool consumeNil();

    // 1*ATOM-CHAR; `extra` lists further accepted characters ("]" for astrings,
    // "[]" for fetch item names with sections, "\\" is always accepted at the
    // start for flags).
    QByteArrayView atom(const char *extra = "");
    // A fetch item name: an atom that stops before "[" (BODY[1.2], BINARY[1]).
    QByteArrayView itemName();
    // quoted / literal / literal8 (RFC 3501 §4.3, RFC 3516 §4.2).
    QByteArrayView string();
    // NIL -> std::nullopt; else a string.
    std::optional<QByteArrayView> nstring();
    // atom-like (ASTRING-CHAR) or string.
    QByteArrayView astring();
    // number (32-bit, RFC 3501 §9) and mod-sequence value (63-bit, RFC 7162 §7).
    quint32 number();
    quint64 number64();
    // Skips one value of any shape (for fetch items we do not know).
    void skipValue(int depth = 0);
    // "[...]" after BODY / BINARY (RFC 3501 §6.4.5): the text inside the brackets.
    QByteArrayView section();
    // The rest of the line as text (resp-text).
    QByteArrayView restOfLine();

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
    std::deque<QByteArray> m_scratch;
};

} // namespace carteiro
