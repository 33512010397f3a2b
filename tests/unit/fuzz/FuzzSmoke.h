// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deterministic mutator and runner behind the fuzz smoke tests: every
// build runs each entry point (tests/fuzz/FuzzTargets.h) over its seeds and
// seeded mutations of them; an abort() inside a target fails the binary.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <random>

namespace carteiro::fuzztest {

// Byte flips, insertions, deletions and splices: a small, seeded mutator.
inline QByteArray mutate(QByteArray in, std::mt19937 &rng, const QList<QByteArray> &seeds)
{
    const int steps = 1 + int(rng() % 8);
    for (int s = 0; s < steps; ++s) {
        const quint32 pos = in.isEmpty() ? 0 : quint32(rng() % quint32(in.size()));
        switch (rng() % 6) {
        case 0: if (!in.isEmpty()) in[pos] = char(rng()); break;
        case 1: in.insert(pos, char(rng())); break;
        case 2: if (!in.isEmpty()) in.remove(pos, 1 + rng() % 16); break;
        case 3: in.insert(pos, "\r\n"); break;
        case 4: in.insert(pos, seeds[rng() % seeds.size()].mid(rng() % 64, 64)); break;
        case 5: in.insert(pos, QByteArray(int(rng() % 300), char("-.=\r\n{}0"[rng() % 9]))); break;
        }
    }
    return in;
}

inline void run(int (*target)(const uint8_t *, size_t), const QList<QByteArray> &seeds, int iterations)
{
    std::mt19937 rng(20261123);
    for (const QByteArray &s : seeds)
        target(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    for (int i = 0; i < iterations; ++i) {
        const QByteArray in = mutate(seeds[i % seeds.size()], rng, seeds);
        target(reinterpret_cast<const uint8_t *>(in.constData()), size_t(in.size()));
    }
}

// The seeds and kept crashing inputs of a target: tests/data/fuzz/<target>/.
inline QList<QByteArray> seedDir(const char *target)
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/fuzz/") + QLatin1String(target));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

} // namespace carteiro::fuzztest
