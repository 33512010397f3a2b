// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Local Folders": folders that live only in the store (folders.local = 1 of
// the pseudo-account accountId()), usable offline, filled by importing a
// mailbox from disk or by copying mail from an IMAP folder; and the mboxrd
// writer that exports any folder (MboxFormat.h).
#include <QByteArray>
#include <QDateTime>
#include <QSaveFile>
#include <QString>
#include <memory>

namespace carteiro {

class MailStore;

namespace LocalFolders {
QString accountId(); // "carteiro:local-folders"
// The Local Folders folder of that name (one level: "/" is refused), made when
// missing. Its id; 0 and *error naming the fault.
qint64 ensureFolder(MailStore &store, const QString &name, QString *error);
} // namespace LocalFolders

// Writes messages as an mboxrd file: a From_ line, the message with ">*From "
// lines quoted, an empty line. Nothing appears at `path` until commit()
// (QSaveFile: written beside it, then renamed), so a failed or cancelled
// export never leaves half a file nor replaces a good one.
class MboxWriter
{
public:
    explicit MboxWriter(const QString &path);
    ~MboxWriter();
    bool open(QString *error);
    // `sender` and `date` go in the From_ line (RFC 4155 §2).
    bool add(const QByteArray &raw, const QByteArray &sender, const QDateTime &date, QString *error);
    bool commit(QString *error);
    void cancel();
    int count() const { return m_count; }

private:
    bool fail(QString *error);
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    int m_count = 0;
};

} // namespace carteiro
