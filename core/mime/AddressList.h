// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splitting a written list of addresses, for the composer's fields
// (ui/compose/AddressField) and mailto: links (MailtoLink).
#include <QStringList>

namespace carteiro {

// "A <a@x>, \"Silva, Ana\" <ana@y>; b@z" -> its pieces, cut at commas and
// semicolons outside quotes (a backslash escapes inside them) and angle
// brackets. The pieces are returned as written: untrimmed, empty ones kept.
QStringList splitAddressList(const QString &text);

} // namespace carteiro
