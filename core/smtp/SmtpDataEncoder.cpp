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
    for (const char c : chunk) {
        if (m_pendingCr) {
            m_pendingCr = false;
            emitNewline(out); // CR LF, or a bare CR: both become CRLF
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        if (c == '\n') { // bare LF
            emitNewline(out);
            continue;
        }
        if (m_atLineStart && c == '.' && m_mode == Mode::Data)
            out += '.'; // RFC 5321 §4.5.2 transparency
        m_atLineStart = false;
        out += c;
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
