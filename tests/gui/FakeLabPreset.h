// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lab preset for alice with a made-up lab on 127.0.0.1:10587, for GUI tests
// that need an account and never connect.
#include "account/LabAccountPreset.h"

#include <QProcessEnvironment>

namespace carteiro::test {

inline LabAccountPreset fakeLabPreset(const QString &password = QStringLiteral("alice-secret-pw"))
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CARTEIRO_LAB_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("CARTEIRO_LAB_SUBMISSION_PORT"), QStringLiteral("10587"));
    env.insert(QStringLiteral("CARTEIRO_LAB_PASSWORD_ALICE"), password);
    return LabAccountPreset::make(QStringLiteral("alice"), env);
}

} // namespace carteiro::test
