// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmimeUtf8Platform.h"

namespace carteiro {

const vmime::charset VmimeUtf8Platform::getLocalCharset() const
{
    return vmime::charset("utf-8");
}

void VmimeUtf8Platform::ensureInstalled()
{
    static const bool installed = [] {
        vmime::platform::setHandler<VmimeUtf8Platform>();
        return true;
    }();
    (void)installed;
}

} // namespace carteiro
