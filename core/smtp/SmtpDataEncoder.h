// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streams a message into the DATA form (RFC 5321 §4.5.2 and §2.3.8): every line
// ending normalised to CRLF (bare LF and bare CR alike), a leading "." doubled on
// every line including the very first byte, and exactly one terminator
// "CRLF.CRLF" at the end, with a CRLF added when the message lacks a final one.
// For BDAT (RFC 3030) only the CRLF normalisation applies: no dot-stuffing and no
// terminator.
#include <QByteArray>

namespace carteiro {

class SmtpDataEncoder
{
public:
    enum class Mode { Data, Bdat };
    explicit SmtpDataEncoder(Mode mode = Mode::Data) : m_mode(mode) {}

    // Encodes the next piece of the message; pieces may split lines anywhere,
    // including between CR and LF.
    QByteArray encode(const QByteArray &chunk);
    // Ends the message: a final CRLF if missing and, in DATA mode, ".\r\n".
    QByteArray finish();

    // One-shot helper.
    static QByteArray encodeAll(const QByteArray &message, Mode mode = Mode::Data);

private:
    void emitNewline(QByteArray &out);
    Mode m_mode;
    bool m_atLineStart = true;
    bool m_pendingCr = false;
};

} // namespace carteiro
