// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// vmime's platform handler with UTF-8 as the "local" charset.
//
// Debian's vmime takes the default charset of every vmime::word / text /
// parameter built without an explicit one from nl_langinfo(CODESET): under the
// C locale that is ANSI_X3.4-1968, and "Zé Ninguém" went out as "Z?? Ningu??m".
// We pass vmime::charset("utf-8") explicitly everywhere; this handler closes the
// remaining holes (defaults inside vmime itself).
#include <vmime/platforms/posix/posixHandler.hpp>

namespace carteiro {

class VmimeUtf8Platform : public vmime::platforms::posix::posixHandler
{
public:
    const vmime::charset getLocalCharset() const override;

    // Installs the handler once per process (thread-safe); call before any vmime use.
    static void ensureInstalled();
};

} // namespace carteiro
