// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferDecoder.h"

#include <array>
#include <cstring>

namespace carteiro {

namespace {

constexpr qint64 kBlock = 64 * 1024;

const std::array<signed char, 256> &base64Table()
{
    static const std::array<signed char, 256> table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        return t;
    }();
    return table;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Collects output and hands it to the sink in blocks.
class BlockWriter
{
public:
    explicit BlockWriter(const TransferDecoder::Sink &sink) : m_sink(sink) { m_buffer.reserve(kBlock); }
    ~BlockWriter() { flush(); }
    void put(char c)
    {
        m_buffer.append(c);
        if (m_buffer.size() >= kBlock)
            flush();
    }
    void put(const char *data, qint64 size)
    {
        if (m_buffer.size() + size >= kBlock)
            flush();
        if (size >= kBlock)
            m_sink(data, size);
        else
            m_buffer.append(data, size);
    }
    void flush()
    {
        if (!m_buffer.isEmpty())
            m_sink(m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
    }

private:
    const TransferDecoder::Sink &m_sink;
    QByteArray m_buffer;
};

void decodeBase64(const char *data, qint64 size, BlockWriter &out)
{
    size = TransferDecoder::base64End(data, size);
    const auto &table = base64Table();
    quint32 bits = 0;
    int count = 0;
    for (qint64 i = 0; i < size; ++i) {
        const int v = table[static_cast<unsigned char>(data[i])];
        if (v < 0)
            continue; // line breaks, padding, junk
        bits = (bits << 6) | quint32(v);
        if (++count == 4) {
            out.put(char(bits >> 16));
            out.put(char(bits >> 8));
            out.put(char(bits));
            bits = 0;
            count = 0;
        }
    }
    if (count == 2) {
        out.put(char(bits >> 4));
    } else if (count == 3) {
        out.put(char(bits >> 10));
        out.put(char(bits >> 2));
    }
}

void decodeQuotedPrintable(const char *data, qint64 size, BlockWriter &out)
{
    qint64 pos = 0;
    while (pos < size) {
        // One line: [pos, lineEnd) plus its break.
        qint64 lineEnd = pos;
        while (lineEnd < size && data[lineEnd] != '\n')
            ++lineEnd;
        const bool hasBreak = lineEnd < size;
        qint64 contentEnd = lineEnd;
        const bool crlf = hasBreak && contentEnd > pos && data[contentEnd - 1] == '\r';
        if (crlf)
            --contentEnd;
        // Transport padding: blanks at the end of a line are not part of the text.
        while (contentEnd > pos && (data[contentEnd - 1] == ' ' || data[contentEnd - 1] == '\t'))
            --contentEnd;
        bool soft = false;
        if (contentEnd > pos && data[contentEnd - 1] == '=') {
            soft = true;
            --contentEnd;
        }
        for (qint64 i = pos; i < contentEnd; ++i) {
            const char c = data[i];
            if (c == '=' && i + 2 < contentEnd) {
                const int hi = hexValue(data[i + 1]);
                const int lo = hexValue(data[i + 2]);
                if (hi >= 0 && lo >= 0) {
                    out.put(char((hi << 4) | lo));
                    i += 2;
                    continue;
                }
            }
            out.put(c); // a stray '=' stays as it is (RFC 2045 6.7 note 1)
        }
        if (hasBreak && !soft) {
            if (crlf)
                out.put("\r\n", 2);
            else
                out.put('\n');
        }
        pos = hasBreak ? lineEnd + 1 : size;
    }
}

} // namespace

qint64 TransferDecoder::base64End(const char *data, qint64 size)
{
    const void *pad = std::memchr(data, '=', size_t(qMax<qint64>(size, 0)));
    return pad ? static_cast<const char *>(pad) - data : size;
}

qint64 TransferDecoder::base64TrailingData(const char *data, qint64 size)
{
    const auto &table = base64Table();
    qint64 i = base64End(data, size);
    while (i < size && data[i] == '=')
        ++i;
    for (; i < size; ++i)
        if (table[static_cast<unsigned char>(data[i])] >= 0)
            return i;
    return -1;
}

bool TransferDecoder::isKnown(const QByteArray &encoding)
{
    return isIdentity(encoding) || encoding == "base64" || encoding == "quoted-printable";
}

bool TransferDecoder::isIdentity(const QByteArray &encoding)
{
    return encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary";
}

void TransferDecoder::decode(const QByteArray &encoding, const char *data, qint64 size, const Sink &sink)
{
    if (size <= 0)
        return;
    if (encoding == "base64") {
        BlockWriter out(sink);
        decodeBase64(data, size, out);
    } else if (encoding == "quoted-printable") {
        BlockWriter out(sink);
        decodeQuotedPrintable(data, size, out);
    } else {
        for (qint64 pos = 0; pos < size; pos += kBlock)
            sink(data + pos, qMin(kBlock, size - pos));
    }
}

QByteArray TransferDecoder::decode(const QByteArray &encoding, const char *data, qint64 size)
{
    QByteArray result;
    if (encoding == "base64")
        result.reserve(size * 3 / 4 + 3);
    decode(encoding, data, size, [&result](const char *block, qint64 n) { result.append(block, n); });
    return result;
}

qint64 TransferDecoder::decodedSize(const QByteArray &encoding, const char *data, qint64 size)
{
    if (size <= 0)
        return 0;
    if (encoding == "base64") {
        const auto &table = base64Table();
        size = base64End(data, size);
        qint64 symbols = 0;
        for (qint64 i = 0; i < size; ++i)
            symbols += table[static_cast<unsigned char>(data[i])] >= 0 ? 1 : 0;
        return symbols / 4 * 3 + (symbols % 4 == 2 ? 1 : symbols % 4 == 3 ? 2 : 0);
    }
    if (encoding == "quoted-printable") {
        qint64 total = 0;
        decode(encoding, data, size, [&total](const char *, qint64 n) { total += n; });
        return total;
    }
    return size;
}

} // namespace carteiro
