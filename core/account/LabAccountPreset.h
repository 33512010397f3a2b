// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mail lab's ready accounts (tests/lab/mail-lab.sh): alice and bob on
// example.test's loopback Postfix + Dovecot, dave and erin on the second domain's
// (acme.test, its own server on CARTEIRO_LAB_HOST3), trusting the lab's throw-away
// CA. Values come from the CARTEIRO_LAB_* variables that `mail-lab.sh env` prints,
// with the lab's fixed defaults for any that are missing.
#include "AccountSettings.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace carteiro {

struct LabAccountPreset
{
    AccountSettings account; // id "lab-<user>", name "Lab (<user>)", never a stored password
    QString password;        // the lab's public password: keep it in memory only
    QString peerAddress;     // the natural first recipient: bob <-> alice, dave -> alice, erin -> dave

    // True when the lab's variables are set (the lab was started and `env` evaluated).
    static bool environmentPresent(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The lab's users: alice and bob (first domain), dave and erin (second domain).
    static QStringList users();
    // user: one of users(); anything else gives alice's account.
    static LabAccountPreset make(const QString &user = QStringLiteral("alice"),
                                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace carteiro
