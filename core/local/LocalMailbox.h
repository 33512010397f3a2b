// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A mailbox on disk, read directly (the course's "acesso direto"): an mbox file,
// a Maildir or an MH folder. Read-only: nothing here writes to the mailbox.
//
// Indexing is incremental and streams: indexMore() reads the next messages and
// returns, so a 1 GB mbox shows its first rows at once while the rest is read;
// only the index (offsets, flags) stays in memory, never the messages.
// Every error names the path and what was wrong; nothing here throws or aborts.
#include "store/StoreRecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace carteiro {

struct LocalEntry
{
    qint64 offset = 0;   // mbox: the message's first byte (after its From_ line)
    qint64 length = 0;   // bytes as stored (mbox: still quoted); the file size otherwise
    QString file;        // Maildir / MH: the file, relative to the mailbox folder
    QString key;         // how carteiro-cli names it: mbox ordinal, MH number, Maildir unique name
    quint32 number = 0;  // 1-based: the mbox ordinal, the MH file number, the Maildir ordinal
    quint32 flags = 0;   // MessageFlag bits (Maildir info, MH sequences; mbox Status:)
    QByteArray envelope; // mbox: the From_ line's sender; empty otherwise
};

class LocalMailbox
{
public:
    enum class Kind { Mbox, Maildir, Mh };

    // "mbox:PATH", "maildir:PATH", "mh:PATH"; also "mboxo:", "mboxrd:", "mboxcl:",
    // "mboxcl2:" to read an mbox as that variant instead of detecting it.
    // nullptr and *error when the spec or the mailbox is not usable.
    static std::unique_ptr<LocalMailbox> openSpec(const QString &spec, QString *error);
    // The kind told by what is at `path`: a file is an mbox, a folder with cur/
    // and new/ a Maildir, another folder an MH folder.
    static std::unique_ptr<LocalMailbox> openPath(const QString &path, QString *error);
    static std::unique_ptr<LocalMailbox> open(Kind kind, const QString &path, QString *error);
    // True when the text names a local mailbox ("mbox:", "maildir:", "mh:" ...).
    static bool isSpec(const QString &text);

    virtual ~LocalMailbox();
    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    // The last path element, for a folder tree ("inbox.mbox", "Maildir").
    QString displayName() const;
    // "mboxrd", "mboxcl2", "Maildir", "MH": the variant found so far (an mbox's
    // is final once indexing ends).
    virtual QString formatName() const = 0;

    // Reads up to `maxMessages` more messages into the index; with `headers`,
    // appends the header block of each one added. Returns how many were
    // added; false in *ok (and error()) when the mailbox cannot be read on.
    virtual int indexMore(int maxMessages, QList<QByteArray> *headers = nullptr, bool *ok = nullptr) = 0;
    bool atEnd() const { return m_atEnd; }
    // Indexes everything; false with *error on a read error.
    bool indexAll(QString *error);
    // How far indexing went, in bytes (mbox) or files (folders), and of how many.
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }

    const QList<LocalEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    // The entry named `key` (carteiro-cli's ID), or -1.
    int find(const QString &key) const;
    // The message's bytes as the format defines them (mbox: unquoted as the
    // variant says). nullopt and *error (naming the path) when it cannot be read.
    virtual std::optional<QByteArray> raw(int index, QString *error) const = 0;
    // The list row of entry `index` from its header block (flags, size, no ids).
    StoredMessage summary(int index, const QByteArray &headerBlock) const;
    QString error() const { return m_error; }
    // Problems met that did not stop reading (a truncated last message ...).
    QStringList warnings() const { return m_warnings; }

protected:
    LocalMailbox(Kind kind, QString path) : m_kind(kind), m_path(std::move(path)) {}
    // The header block of a message file (up to the empty line, at most 256 KB).
    static QByteArray readHeaderBlock(const QString &file, QString *error);
    static std::optional<QByteArray> readFile(const QString &file, QString *error);
    bool setError(const QString &message);

    Kind m_kind;
    QString m_path;
    QList<LocalEntry> m_entries;
    QHash<QString, int> m_byKey;
    bool m_atEnd = false;
    qint64 m_done = 0, m_total = 0;
    QString m_error;
    QStringList m_warnings;
};

} // namespace carteiro
