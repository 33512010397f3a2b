#pragma once
#include <QString>

namespace carteiro {

// A file to attach to an outgoing message (see MimeComposer).
struct AttachmentSpec
{
    QString filePath;
    QString fileName; // shown name; default: the file's basename. Reduced to a basename either way.
    QString mimeType; // empty: detected by content via QMimeDatabase, falling back to the extension
};

} // namespace carteiro
