// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmimeFileInputStream.h"

#include "MimeStrings.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <stdexcept>

namespace carteiro {

VmimeFileInputStream::VmimeFileInputStream(const QString &path)
    : m_file(path)
{
}

bool VmimeFileInputStream::open(QString *error)
{
    const QFileInfo info(m_file.fileName());
    QString why;
    if (!info.exists())
        why = QCoreApplication::translate("Mime", "the file does not exist");
    else if (info.isDir())
        why = QCoreApplication::translate("Mime", "it is a folder, not a file");
    else if (!m_file.open(QIODevice::ReadOnly))
        why = m_file.errorString();
    if (why.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("Mime", "Cannot read attachment \"%1\": %2")
                     .arg(MimeStrings::printable(m_file.fileName(), 400), why);
    return false;
}

qint64 VmimeFileInputStream::size() const
{
    return m_file.size();
}

bool VmimeFileInputStream::eof() const
{
    return m_file.atEnd();
}

void VmimeFileInputStream::reset()
{
    if (!m_file.seek(0))
        throw std::runtime_error("cannot rewind attachment " + MimeStrings::toStd(m_file.fileName()));
}

size_t VmimeFileInputStream::read(vmime::byte_t *const data, const size_t count)
{
    const qint64 n = m_file.read(reinterpret_cast<char *>(data), qint64(count));
    if (n < 0)
        throw std::runtime_error("cannot read attachment " + MimeStrings::toStd(m_file.fileName()) + ": "
                                 + MimeStrings::toStd(m_file.errorString()));
    return size_t(n);
}

size_t VmimeFileInputStream::skip(const size_t count)
{
    const qint64 from = m_file.pos();
    const qint64 to = qMin(m_file.size(), from + qint64(count));
    if (!m_file.seek(to))
        return 0;
    return size_t(to - from);
}

} // namespace carteiro
