// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One way to write sizes everywhere (issue 12 §7): the reader, the composer,
// the outbox, the inspector and carteiro-cli all say "61.3 kB" for the same
// file. Decimal (SI) units, 1 kB = 1000 bytes, one decimal, written in the
// user's locale ("61,3 kB" in pt_BR) through QLocale::formattedDataSize.
#include <QLocale>
#include <QString>

namespace carteiro {

QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace carteiro
