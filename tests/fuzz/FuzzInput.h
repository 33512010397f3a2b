// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the fuzz entry points (FuzzTargets.h): the input as bytes,
// an invariant check that aborts (so libFuzzer keeps the input), and a reader
// that takes control values and chunk sizes from the input itself, so one
// input always replays the same way.
#include <QByteArray>
#include <QList>
#include <cstdint>
#include <cstdlib>

namespace carteiro::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void check(bool ok)
{
    if (!ok)
        std::abort(); // an invariant broke: let the fuzzer keep the input
}

// Pieces of `in` as a network read would deliver them: sizes from a small
// generator seeded by `seed` (0: whole), so splits land anywhere, inside a
// CRLF or a literal count as well.
inline QList<QByteArray> splitPieces(const QByteArray &in, quint32 seed)
{
    QList<QByteArray> out;
    if (seed == 0) {
        out.append(in);
        return out;
    }
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype pos = 0; pos < in.size();) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        const qsizetype n = 1 + qsizetype(x % ((seed & 3) == 0 ? 3 : 64));
        out.append(in.mid(pos, n));
        pos += n;
    }
    return out;
}

// Reads control values off the front of the input; what remains is the stream.
class InputReader
{
public:
    explicit InputReader(const QByteArray &in) : m_in(in) {}
    quint8 byte() { return m_pos < m_in.size() ? quint8(m_in[m_pos++]) : 0; }
    quint64 number(int width)
    {
        quint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | byte();
        return v;
    }
    QByteArray take(qsizetype n)
    {
        const QByteArray out = m_in.mid(m_pos, n);
        m_pos += out.size();
        return out;
    }
    QByteArray rest() const { return m_in.mid(m_pos); }
    bool atEnd() const { return m_pos >= m_in.size(); }

private:
    QByteArray m_in;
    qsizetype m_pos = 0;
};

} // namespace carteiro::fuzz
