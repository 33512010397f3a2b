// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LineFramer.h"

#include <QCoreApplication>

namespace carteiro {

std::optional<QByteArray> LineFramer::next()
{
    m_lastBareLf = false;
    if (hasError())
        return std::nullopt;
    const qsizetype lf = m_buffer.indexOf('\n', m_pos);
    const qsizetype end = lf < 0 ? m_buffer.size() : lf;
    // A CR that is not followed by LF (bare CR) inside the pending data.
    const qsizetype cr = m_buffer.indexOf('\r', m_pos);
    if (cr >= 0 && cr < end && !(lf >= 0 && cr == lf - 1)) {
        if (cr + 1 < m_buffer.size() || lf >= 0) {
            m_error = QCoreApplication::translate("Net", "the server sent a bare CR inside a line");
            return std::nullopt;
        }
    }
    if (lf < 0) {
        // A read may end between CR and LF: that CR is not part of the line, so a
        // line of exactly m_max bytes is judged alike however it is split.
        const qsizetype partial = m_buffer.size() - m_pos - (m_buffer.endsWith('\r') ? 1 : 0);
        if (partial > m_max) {
            m_error = QCoreApplication::translate("Net", "the server sent a line longer than %1 bytes")
                          .arg(m_max);
        }
        return std::nullopt;
    }
    const bool bare = lf == m_pos || m_buffer.at(lf - 1) != '\r';
    if (bare && m_bareLf == BareLf::Error) {
        m_error = QCoreApplication::translate("Net", "the server ended a line with a bare LF");
        return std::nullopt;
    }
    const qsizetype length = lf - m_pos - (bare ? 0 : 1);
    if (length > m_max) {
        m_error = QCoreApplication::translate("Net", "the server sent a line longer than %1 bytes")
                      .arg(m_max);
        return std::nullopt;
    }
    QByteArray line = m_buffer.mid(m_pos, length);
    m_lastBareLf = bare;
    m_pos = lf + 1;
    if (m_pos > 64 * 1024 || m_pos == m_buffer.size()) { // compact now and then
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return line;
}

QByteArray LineFramer::takeBuffered()
{
    QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = 0;
    return rest;
}

} // namespace carteiro
