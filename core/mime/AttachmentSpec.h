// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

namespace carteiro {

// A file or an in-memory part to attach to an outgoing message (see MimeComposer).
// Files are streamed block by block while the message is written (a 25 MB
// attachment is never held whole); in-memory bytes suit what is already in
// memory anyway, such as a forwarded message's attachments or the message itself.
struct AttachmentSpec
{
    QString filePath;
    QString fileName; // shown name; default: the file's basename. Reduced to a basename either way.
    QString mimeType; // empty: detected by content via QMimeDatabase, falling back to the extension
    QByteArray data = {}; // the content when inMemory (filePath is then ignored)
    bool inMemory = false;

    static AttachmentSpec fromBytes(const QString &name, const QByteArray &bytes, const QString &mimeType = {})
    {
        AttachmentSpec s;
        s.fileName = name;
        s.mimeType = mimeType;
        s.data = bytes;
        s.inMemory = true;
        return s;
    }
};

} // namespace carteiro
