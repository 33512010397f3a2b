// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/LocalFolders.h"

#include "local/MboxFormat.h"
#include "store/MailStore.h"

#include <QCoreApplication>

namespace carteiro {

QString LocalFolders::accountId()
{
    return QStringLiteral("carteiro:local-folders");
}

qint64 LocalFolders::ensureFolder(MailStore &store, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/'))) {
        *error = QCoreApplication::translate("LocalMailbox", "\"%1\" cannot name a local folder: give a name "
                                                             "without \"/\"")
                     .arg(name);
        return 0;
    }
    if (const auto f = store.folderByName(accountId(), trimmed, MailStore::Counts::Without))
        return f->id;
    StoredFolder f;
    f.accountId = accountId();
    f.name = trimmed;
    f.local = true;
    const qint64 id = store.upsertFolder(f);
    if (!id)
        *error = store.error();
    return id;
}

MboxWriter::MboxWriter(const QString &path) : m_path(path) {}

MboxWriter::~MboxWriter()
{
    cancel();
}

bool MboxWriter::fail(QString *error)
{
    *error = QCoreApplication::translate("LocalMailbox", "cannot write %1: %2").arg(m_path, m_file->errorString());
    cancel();
    return false;
}

bool MboxWriter::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(error);
    return true;
}

bool MboxWriter::add(const QByteArray &raw, const QByteArray &sender, const QDateTime &date, QString *error)
{
    if (!m_file) {
        *error = QCoreApplication::translate("LocalMailbox", "cannot write %1: it is not open").arg(m_path);
        return false;
    }
    QByteArray bytes = mbox::fromLine(sender, date);
    bytes += mbox::quoteRd(raw);
    if (!raw.endsWith('\n'))
        bytes += '\n'; // the message ends its last line; then the empty separating line
    bytes += '\n';
    if (m_file->write(bytes) != bytes.size())
        return fail(error);
    ++m_count;
    return true;
}

bool MboxWriter::commit(QString *error)
{
    if (!m_file || !m_file->commit())
        return m_file ? fail(error) : false;
    m_file.reset();
    return true;
}

void MboxWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

} // namespace carteiro
