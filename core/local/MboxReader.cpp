// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/MboxReader.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LocalMailbox) };

constexpr qint64 kChunk = 1 << 20;              // one read: 1 MB
constexpr qsizetype kMaxHeaderBlock = 256 * 1024;

bool isBlank(QByteArrayView line)
{
    return line == "\n" || line == "\r\n";
}

// "From alice@example.test Mon Dec ..." -> "alice@example.test"
QByteArray fromSender(QByteArrayView fromLine)
{
    QByteArrayView rest = fromLine.sliced(qMin<qsizetype>(5, fromLine.size()));
    const qsizetype space = rest.indexOf(' ');
    return (space < 0 ? rest : rest.first(space)).trimmed().toByteArray();
}

bool headerIs(QByteArrayView line, QByteArrayView name)
{
    return line.size() > name.size() && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

// Status: R (read), O (old); X-Status: A (answered), F (flagged), T (draft),
// D (deleted): the flags mutt, pine and elm keep inside an mbox.
quint32 statusFlags(QByteArrayView value, bool xStatus)
{
    quint32 flags = 0;
    for (char c : value) {
        if (!xStatus && c == 'R')
            flags |= MessageFlag::Seen;
        if (xStatus && c == 'A')
            flags |= MessageFlag::Answered;
        if (xStatus && c == 'F')
            flags |= MessageFlag::Flagged;
        if (xStatus && c == 'T')
            flags |= MessageFlag::Draft;
        if (xStatus && c == 'D')
            flags |= MessageFlag::Deleted;
    }
    return flags;
}
} // namespace

MboxReader::MboxReader(const QString &path, std::optional<MboxVariant> variant)
    : LocalMailbox(Kind::Mbox, path), m_forced(variant), m_file(path), m_peek(path)
{
}

std::unique_ptr<MboxReader> MboxReader::open(const QString &path, std::optional<MboxVariant> variant,
                                             QString *error)
{
    std::unique_ptr<MboxReader> r(new MboxReader(path, variant));
    if (!r->m_file.exists()) {
        *error = Tr::tr("%1: no such file").arg(path);
        return nullptr;
    }
    if (!r->m_file.open(QIODevice::ReadOnly) || !r->m_peek.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, r->m_file.errorString());
        return nullptr;
    }
    if (r->m_file.isSequential()) {
        *error = Tr::tr("%1 is not a regular file: an mbox must be a file").arg(path);
        return nullptr;
    }
    r->m_total = r->m_file.size();
    return r;
}

MboxVariant MboxReader::variant() const
{
    if (m_forced)
        return *m_forced;
    if (m_counted > 0 && m_badLength == 0) { // every Content-Length held
        if (m_unquotedInCounted || !m_quotedInCounted)
            return MboxVariant::Mboxcl2;
        return MboxVariant::Mboxcl;
    }
    return m_quotedDeep ? MboxVariant::Mboxrd : MboxVariant::Mboxo;
}

QString MboxReader::formatName() const
{
    return mbox::variantName(variant());
}

bool MboxReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_bufStart += m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + kChunk);
    const qint64 n = m_file.read(m_buf.data() + old, kChunk);
    if (n < 0) {
        m_buf.resize(old);
        m_eof = true;
        return !readFailed();
    }
    m_buf.resize(old + n);
    if (n == 0)
        m_eof = true;
    return n > 0;
}

bool MboxReader::readFailed()
{
    setError(Tr::tr("cannot read %1 at byte %2: %3").arg(m_path).arg(m_bufStart + m_buf.size()).arg(m_file.errorString()));
    return true;
}

bool MboxReader::nextLine(QByteArrayView *line, qint64 *offset, bool *continued)
{
    if (continued)
        *continued = m_midLine;
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n', m_pos);
        if (nl >= 0 || (m_eof && m_pos < m_buf.size()) || m_buf.size() - m_pos >= kChunk) {
            const qsizetype end = nl >= 0 ? nl + 1 : qMin<qsizetype>(m_buf.size(), m_pos + kChunk);
            *line = QByteArrayView(m_buf).sliced(m_pos, end - m_pos);
            *offset = m_bufStart + m_pos;
            m_midLine = nl < 0;
            m_pos = end;
            m_done = m_bufStart + m_pos;
            return true;
        }
        if (!fill() && m_pos >= m_buf.size())
            return false;
    }
}

bool MboxReader::lengthFits(qint64 bodyStart, qint64 length)
{
    const qint64 end = bodyStart + length;
    if (length < 0 || end > m_total)
        return false;
    if (end == m_total)
        return true;
    if (!m_peek.seek(end - 1))
        return false;
    const QByteArray around = m_peek.read(8); // the LF before, then From_ or an empty line
    if (!around.startsWith('\n'))
        return false;
    const QByteArrayView after = QByteArrayView(around).sliced(1);
    if (after == "\n" || after == "\r\n")
        return true; // the writer's closing empty line, then the end of the file
    return after.startsWith("From ") || after.startsWith("\nFrom ") || after.startsWith("\r\nFrom ");
}

void MboxReader::noteQuoting(QByteArrayView line, bool counted)
{
    if (line.startsWith("From ")) {
        if (counted)
            m_unquotedInCounted = true;
        return;
    }
    if (!line.startsWith(">"))
        return;
    qsizetype i = 0;
    while (i < line.size() && line[i] == '>')
        ++i;
    if (!line.sliced(i).startsWith("From "))
        return;
    if (i > 1)
        m_quotedDeep = true;
    if (counted)
        m_quotedInCounted = true;
}

int MboxReader::indexMore(int maxMessages, QList<QByteArray> *headers, bool *ok)
{
    if (ok)
        *ok = true;
    if (m_atEnd)
        return 0;
    if (!m_started) {
        m_started = true;
        QByteArrayView first;
        qint64 at = 0;
        if (!nextLine(&first, &at)) {
            m_atEnd = true; // an empty file is an empty mbox
            if (ok)
                *ok = m_error.isEmpty();
            return 0;
        }
        if (!first.startsWith("From ")) {
            m_atEnd = true;
            setError(Tr::tr("%1 is not an mbox: it does not begin with a \"From \" line (it begins with \"%2\")")
                         .arg(m_path, QString::fromLatin1(first.first(qMin<qsizetype>(first.size(), 40)).toByteArray())
                                          .trimmed()));
            if (ok)
                *ok = false;
            return 0;
        }
        m_pendingFrom = first.toByteArray();
        m_pendingEnd = m_bufStart + m_pos;
    }
    int added = 0;
    while (added < maxMessages && !m_atEnd) {
        QByteArray block;
        if (!scanMessage(headers ? &block : nullptr)) {
            if (ok)
                *ok = false;
            break;
        }
        if (headers)
            headers->append(block);
        ++added;
    }
    return added;
}

bool MboxReader::scanMessage(QByteArray *headerBlock)
{
    LocalEntry e;
    e.number = quint32(m_entries.size() + 1);
    e.key = QString::number(e.number);
    e.envelope = fromSender(m_pendingFrom);
    e.offset = m_pendingEnd;
    QByteArray header;
    qint64 contentLength = -1;
    qint64 bodyStart = -1;
    QByteArrayView line;
    qint64 at = 0;
    bool continued = false;
    // The header, up to its empty line (RFC 5322 §2.1).
    while (nextLine(&line, &at, &continued)) {
        if (!continued && !header.isEmpty() && mbox::looksLikeFromLine(line)) {
            // The next message begins before this one's header ended.
            m_warnings << Tr::tr("%1: message %2 has no empty line after its header").arg(m_path).arg(e.number);
            e.length = at - e.offset;
            m_pendingFrom = line.toByteArray();
            m_pendingEnd = at + line.size();
            goto done;
        }
        if (header.size() < kMaxHeaderBlock)
            header.append(line);
        if (isBlank(line)) {
            bodyStart = at + line.size();
            break;
        }
        if (headerIs(line, "Content-Length:")) {
            bool numeric = false;
            const qint64 n = line.sliced(15).trimmed().toLongLong(&numeric);
            contentLength = numeric ? n : -1;
        } else if (headerIs(line, "Status:")) {
            e.flags |= statusFlags(line.sliced(7), false);
        } else if (headerIs(line, "X-Status:")) {
            e.flags |= statusFlags(line.sliced(9), true);
        }
    }
    if (!m_error.isEmpty())
        return false;
    if (bodyStart < 0) {
        m_warnings << Tr::tr("%1: message %2 is cut short: the file ends inside its header").arg(m_path).arg(e.number);
        e.length = m_bufStart + m_pos - e.offset;
        m_atEnd = true;
        goto done;
    }
    if (contentLength >= 0 && m_forced != MboxVariant::Mboxo && m_forced != MboxVariant::Mboxrd) {
        if (lengthFits(bodyStart, contentLength)) {
            ++m_counted;
            const qint64 end = bodyStart + contentLength;
            while (m_bufStart + m_pos < end && nextLine(&line, &at, &continued))
                if (!continued)
                    noteQuoting(line, true);
            e.length = end - e.offset;
            // An empty line, then the next From_ line, or the end.
            for (;;) {
                if (!nextLine(&line, &at, &continued)) {
                    m_atEnd = true;
                    break;
                }
                if (isBlank(line))
                    continue;
                m_pendingFrom = line.toByteArray();
                m_pendingEnd = at + line.size();
                break;
            }
            goto done;
        }
        ++m_badLength;
        if (bodyStart + contentLength > m_total)
            m_warnings << Tr::tr("%1: message %2 says Content-Length: %3 but the file ends %4 bytes after its header "
                             "(cut short?)")
                              .arg(m_path)
                              .arg(e.number)
                              .arg(contentLength)
                              .arg(m_total - bodyStart);
    }
    {
        // The body, up to an empty line followed by a From_ line, or the end.
        qint64 blankLength = 0;
        bool prevBlank = true;
        for (;;) {
            if (!nextLine(&line, &at, &continued)) {
                if (!m_error.isEmpty())
                    return false;
                e.length = m_bufStart + m_pos - e.offset - blankLength; // the writer's closing empty line
                m_atEnd = true;
                break;
            }
            if (!continued && prevBlank && mbox::looksLikeFromLine(line)) {
                e.length = at - e.offset - blankLength;
                m_pendingFrom = line.toByteArray();
                m_pendingEnd = at + line.size();
                break;
            }
            if (!continued)
                noteQuoting(line, false);
            prevBlank = !continued && isBlank(line);
            blankLength = prevBlank ? line.size() : 0;
        }
    }
done:
    if (!m_error.isEmpty())
        return false;
    e.length = qMax<qint64>(0, e.length);
    m_byKey.insert(e.key, int(m_entries.size()));
    m_entries.append(e);
    if (headerBlock)
        *headerBlock = header;
    return true;
}

std::optional<QByteArray> MboxReader::raw(int index, QString *error) const
{
    if (index < 0 || index >= m_entries.size()) {
        *error = Tr::tr("%1: no message %2").arg(m_path).arg(index + 1);
        return std::nullopt;
    }
    const LocalEntry &e = m_entries.at(index);
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(e.offset)) {
        *error = Tr::tr("cannot read %1: %2").arg(m_path, f.errorString());
        return std::nullopt;
    }
    const QByteArray stored = f.read(e.length);
    if (stored.size() != e.length) {
        *error = Tr::tr("%1: message %2 could not be read whole (%3 of %4 bytes): the file changed?")
                     .arg(m_path)
                     .arg(e.number)
                     .arg(stored.size())
                     .arg(e.length);
        return std::nullopt;
    }
    return mbox::unquote(stored, variant());
}

} // namespace carteiro
