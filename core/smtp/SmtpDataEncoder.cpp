// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpDataEncoder.h"

namespace carteiro {

void SmtpDataEncoder::emitNewline(QByteArray &out)
{
    out += "\r\n";
    m_atLineStart = true;
}

QByteArray SmtpDataEncoder::encode(const QByteArray &chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + chunk.size() / 64 + 8);
    const char *p = chunk.constData();
    const char *const end = p + chunk.size();
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            emitNewline(out); // CR LF, or a bare CR: both become CRLF
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        if (m_atLineStart && *p == '.' && m_mode == Mode::Data)
            out += '.'; // RFC 5321 §4.5.2 transparency
        // Copy the ordinary bytes up to the next CR or LF in one go.
        const char *q = p;
        while (q < end && *q != '\r' && *q != '\n')
            ++q;
        if (q > p) {
            out.append(p, q - p);
            m_atLineStart = false;
            p = q;
        }
        if (p == end)
            break;
        if (*p == '\r')
            m_pendingCr = true;
        else
            emitNewline(out); // bare LF
        ++p;
    }
    return out;
}

QByteArray SmtpDataEncoder::finish()
{
    QByteArray out;
    if (m_pendingCr) {
        m_pendingCr = false;
        emitNewline(out);
    }
    if (!m_atLineStart)
        emitNewline(out);
    if (m_mode == Mode::Data)
        out += ".\r\n";
    return out;
}

QByteArray SmtpDataEncoder::encodeAll(const QByteArray &message, Mode mode)
{
    SmtpDataEncoder encoder(mode);
    QByteArray out = encoder.encode(message);
    out += encoder.finish();
    return out;
}

} // namespace carteiro
