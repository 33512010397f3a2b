// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A vmime input stream over a QFile: vmime reads attachments through it in
// small blocks while it base64-encodes them, so a 25 MB file is never held
// in memory. QFile takes care of non-ASCII paths.
#include <QFile>

#include <vmime/utility/inputStream.hpp>

namespace carteiro {

class VmimeFileInputStream : public vmime::utility::inputStream
{
public:
    explicit VmimeFileInputStream(const QString &path);

    bool open(QString *error); // clear error naming the file
    qint64 size() const;

    bool eof() const override;
    void reset() override;
    size_t read(vmime::byte_t *const data, const size_t count) override;
    size_t skip(const size_t count) override;

private:
    QFile m_file;
};

} // namespace carteiro
