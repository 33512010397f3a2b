// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text compared the way a Portuguese speaker expects: accents and case folded
// ("João" and "JOAO" both become "joao"), for address completion and search.
#include <QString>

namespace carteiro {

namespace TextFold {

// Canonical decomposition (NFKD), combining marks dropped, case folded
// (QString::toCaseFolded), "ß" -> "ss". Never fails; an empty string stays empty.
QString fold(const QString &text);

// True when `folded` (already folded) starts a word of `haystackFolded`: at its
// start, or after a character that is not a letter or digit ("silva" in
// "ana silva", "exemplo" in "ana@exemplo.com").
bool startsWord(const QString &haystackFolded, const QString &folded);

} // namespace TextFold

} // namespace carteiro
