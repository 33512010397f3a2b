// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DataSize.h"

namespace carteiro {

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(qMax<qint64>(bytes, 0), 1, QLocale::DataSizeSIFormat);
}

} // namespace carteiro
