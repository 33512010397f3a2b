// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An mbox file (MboxFormat.h), indexed in one streaming pass: From_ lines
// preceded by an empty line separate messages; a Content-Length: header is
// trusted when it lands exactly on the next From_ line or the end of the file
// (mboxcl, mboxcl2). The variant is told by what the bodies hold: unquoted
// "From " lines inside counted bodies (mboxcl2), ">From " in counted bodies
// (mboxcl), ">>From " (mboxrd), otherwise mboxo. Memory: the index and one
// read buffer; a message is read only when asked for.
#include "local/LocalMailbox.h"
#include "local/MboxFormat.h"

#include <QFile>

namespace carteiro {

class MboxReader : public LocalMailbox
{
public:
    // `variant`: read as that one (no detection); nullopt: detect.
    static std::unique_ptr<MboxReader> open(const QString &path, std::optional<MboxVariant> variant, QString *error);

    QString formatName() const override;
    MboxVariant variant() const;
    int indexMore(int maxMessages, QList<QByteArray> *headers = nullptr, bool *ok = nullptr) override;
    std::optional<QByteArray> raw(int index, QString *error) const override;

private:
    MboxReader(const QString &path, std::optional<MboxVariant> variant);
    // The next line (with its LF) at *offset; false at the end of the file. A
    // line longer than the buffer comes in pieces (*continued for the later ones).
    bool nextLine(QByteArrayView *line, qint64 *offset, bool *continued = nullptr);
    bool fill();
    bool scanMessage(QByteArray *headerBlock);
    // True when a Content-Length body starting at `bodyStart` ends on a From_ line or at the end.
    bool lengthFits(qint64 bodyStart, qint64 length);
    void noteQuoting(QByteArrayView line, bool counted);
    bool readFailed();

    std::optional<MboxVariant> m_forced;
    QFile m_file;
    mutable QFile m_peek;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_bufStart = 0; // file offset of m_buf[0]
    bool m_eof = false;
    bool m_started = false;
    bool m_midLine = false; // the last piece given did not end with LF
    QByteArray m_pendingFrom; // the From_ line of the next message, already read
    qint64 m_pendingEnd = 0;  // the offset just after it
    // What the bodies showed so far (the variant's evidence).
    int m_counted = 0, m_badLength = 0;
    bool m_unquotedInCounted = false, m_quotedInCounted = false, m_quotedDeep = false;
};

} // namespace carteiro
