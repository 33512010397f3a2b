#pragma once
// The mail lab's ready accounts (tests/lab/mail-lab.sh): alice and bob on the
// loopback Postfix + Dovecot, trusting the lab's throw-away CA. Values come from
// the CARTEIRO_LAB_* variables that `mail-lab.sh env` prints, with the lab's
// fixed defaults for any that are missing.
#include "AccountSettings.h"

#include <QProcessEnvironment>

namespace carteiro {

struct LabAccountPreset
{
    AccountSettings account; // id "lab-<user>", name "Lab (<user>)", never a stored password
    QString password;        // the lab's public password: keep it in memory only
    QString peerAddress;     // the other lab user, the natural first recipient

    // True when the lab's variables are set (the lab was started and `env` evaluated).
    static bool environmentPresent(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // user: "alice" or "bob".
    static LabAccountPreset make(const QString &user = QStringLiteral("alice"),
                                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace carteiro
