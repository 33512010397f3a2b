// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/MhReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace carteiro {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(LocalMailbox) };

constexpr quint32 kMaxRange = 10'000'000; // a hostile "1-4000000000" stays bounded
} // namespace

QHash<QString, QSet<quint32>> MhReader::parseSequences(const QByteArray &text, QStringList *problems)
{
    QHash<QString, QSet<quint32>> out;
    int lineNo = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNo;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            problems->append(Tr::tr(".mh_sequences line %1 has no \"name:\"").arg(lineNo));
            continue;
        }
        QSet<quint32> &set = out[QString::fromUtf8(line.left(colon).trimmed()).toLower()];
        for (const QByteArray &item : line.mid(colon + 1).simplified().split(' ')) {
            if (item.isEmpty())
                continue;
            const qsizetype dash = item.indexOf('-');
            bool okA = false, okB = false;
            const quint32 a = (dash < 0 ? item : item.left(dash)).toUInt(&okA);
            const quint32 b = dash < 0 ? a : item.mid(dash + 1).toUInt(&okB);
            if (!okA || (dash >= 0 && !okB) || b < a || b - a > kMaxRange) {
                problems->append(Tr::tr(".mh_sequences line %1: \"%2\" is not a message number or range")
                                     .arg(lineNo)
                                     .arg(QString::fromUtf8(item)));
                continue;
            }
            for (quint32 n = a; n <= b && n != 0; ++n) {
                set.insert(n);
                if (n == b)
                    break;
            }
        }
    }
    return out;
}

std::unique_ptr<MhReader> MhReader::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("%1: no such folder").arg(path);
        return nullptr;
    }
    if (!info.isDir()) {
        *error = Tr::tr("%1 is not an MH folder: it is a file").arg(path);
        return nullptr;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        *error = Tr::tr("cannot read %1: permission denied").arg(path);
        return nullptr;
    }
    const QDir dir(path);
    QList<quint32> numbers;
    bool others = false;
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const quint32 n = name.toUInt(&numeric);
        if (numeric && n > 0 && !name.startsWith(QLatin1Char('0')))
            numbers.append(n);
        else
            others = true;
    }
    const bool hasSequences = dir.exists(QStringLiteral(".mh_sequences"));
    if (numbers.isEmpty() && !hasSequences && others) {
        *error = Tr::tr("%1 is not an MH folder: it holds no numbered message files and no .mh_sequences").arg(path);
        return nullptr;
    }
    std::sort(numbers.begin(), numbers.end());
    std::unique_ptr<MhReader> r(new MhReader(Kind::Mh, path));
    QHash<QString, QSet<quint32>> sequences;
    if (hasSequences) {
        QFile f(dir.filePath(QStringLiteral(".mh_sequences")));
        if (f.open(QIODevice::ReadOnly))
            sequences = parseSequences(f.read(1 << 20), &r->m_warnings);
        else
            r->m_warnings << Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString());
    }
    const QSet<quint32> unseen = sequences.value(QStringLiteral("unseen"));
    const QSet<quint32> flagged = sequences.value(QStringLiteral("flagged"));
    QList<LocalEntry> listed;
    listed.reserve(numbers.size());
    for (quint32 n : numbers) {
        LocalEntry e;
        e.number = n;
        e.key = QString::number(n);
        e.file = e.key;
        if (!unseen.contains(n))
            e.flags |= MessageFlag::Seen;
        if (flagged.contains(n))
            e.flags |= MessageFlag::Flagged;
        listed.append(e);
    }
    r->setListed(std::move(listed));
    return r;
}

} // namespace carteiro
