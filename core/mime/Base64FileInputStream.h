// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A vmime input stream that yields a file already base64-encoded in 76-column
// lines joined by CRLF (RFC 2045 §6.8). vmime copies pre-encoded content as it
// is, so the encoding runs at Qt's base64 speed, block by block, never holding
// the whole attachment in memory.
#include "VmimeFileInputStream.h"

#include <QByteArray>

namespace carteiro {

class Base64FileInputStream : public vmime::utility::inputStream
{
public:
    explicit Base64FileInputStream(std::shared_ptr<VmimeFileInputStream> raw);

    static qint64 encodedSize(qint64 rawSize);
    qint64 size() const { return encodedSize(m_raw->size()); }

    bool eof() const override;
    void reset() override;
    size_t read(vmime::byte_t *const data, const size_t count) override;
    size_t skip(const size_t count) override;

private:
    bool refill();

    std::shared_ptr<VmimeFileInputStream> m_raw;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_firstBlock = true;
};

} // namespace carteiro
