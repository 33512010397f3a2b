// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Attachment names from a message reduced to a safe basename (tests/README.md
// item 18). The name a sender chose may be "../../.bashrc", "/etc/passwd",
// "C:\Windows\x.dll", hold NUL, a line break or a right-to-left override
// ("invoice<RLO>fdp.exe" reads "invoiceexe.pdf"), hide ".exe" after 200
// spaces, or be a reserved Windows device name (CON, NUL, COM1...). What comes
// out is one path component that is valid on Windows, macOS and Linux, with
// its real extension visible at the end.
#include <QByteArray>
#include <QString>

namespace carteiro {

class SafeFileName
{
public:
    static constexpr int kMaxLength = 120; // characters, extension included (well under 255 UTF-8 bytes)

    // The safe basename of name. mediaType ("image/png") picks the extension of
    // the fallback when nothing usable is left ("attachment.png", else "attachment.bin").
    static QString make(const QString &name, const QByteArray &mediaType = {});

    // A path inside folder for safeName that names no existing file: "name.ext",
    // else "name (2).ext", "name (3).ext"... Empty if none is free (after 9999 tries).
    // Open the result with QIODevice::NewOnly so a file created meanwhile is not clobbered.
    static QString uniquePath(const QString &folder, const QString &safeName);

    // True for names Windows reserves for devices, with or without an extension:
    // CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9 (any case).
    static bool isReservedWindowsName(const QString &name);

    // "exe", "sh", "bat"... : a file a double click would run. The viewer does not
    // open these itself.
    static bool isExecutableName(const QString &name);
};

} // namespace carteiro
