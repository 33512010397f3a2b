// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace carteiro {

namespace {
SecretStore::Status statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Error;
}

// Linux without a Secret Service reports OtherError with a D-Bus message
// rather than NoBackendAvailable; for the user both mean "no keychain here".
SecretStore::Status refine(QKeychain::Job *job)
{
    const SecretStore::Status s = statusOf(job->error());
    if (s == SecretStore::Status::Error &&
        (job->errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
         job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
         job->errorString().contains(QLatin1String("secret"), Qt::CaseInsensitive)))
        return SecretStore::Status::Unavailable;
    return s;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

QString KeychainSecretStore::description() const
{
    return tr("The system keychain");
}

void KeychainSecretStore::readSecret(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false); // never a plain-text file (tests/README.md, case 25)
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        Q_EMIT secretRead(key, refine(job), job->textData(), job->errorString());
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, job] { Q_EMIT secretWritten(key, refine(job), job->errorString()); });
    job->start();
}

void KeychainSecretStore::removeSecret(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, job] { Q_EMIT secretRemoved(key, refine(job), job->errorString()); });
    job->start();
}

} // namespace carteiro
