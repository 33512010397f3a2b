// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TlsInspection.h"

#include <QCryptographicHash>

namespace carteiro {

QString TlsInspection::distinguishedName(const QSslCertificate &cert, bool issuer)
{
    const QList<QByteArray> attributes =
        issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? cert.issuerInfo(attribute) : cert.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

CertificateInfo TlsInspection::certificateInfo(const QSslCertificate &cert)
{
    CertificateInfo info;
    info.subject = distinguishedName(cert, false);
    info.issuer = distinguishedName(cert, true);
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        if (!info.altNames.contains(it.value()))
            info.altNames << it.value();
    info.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
    info.selfSigned = cert.isSelfSigned();
    return info;
}

QList<CertificateInfo> TlsInspection::chainInfo(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> out;
    out.reserve(chain.size());
    for (const QSslCertificate &cert : chain)
        out << certificateInfo(cert);
    return out;
}

TlsTrust TlsInspection::trustSource(const QList<QSslCertificate> &chain,
                                    const QList<QSslCertificate> &caFileCerts, bool pinned)
{
    if (pinned)
        return TlsTrust::PinnedException;
    if (chain.isEmpty())
        return TlsTrust::Unknown;
    for (const QSslCertificate &ca : caFileCerts) {
        if (chain.contains(ca))
            return TlsTrust::CaFile;
        // The top of the chain was signed by a CA of the file (names compared; the
        // signature itself was checked by the handshake).
        if (distinguishedName(chain.constLast(), true) == distinguishedName(ca, false))
            return TlsTrust::CaFile;
    }
    return TlsTrust::SystemStore;
}

} // namespace carteiro
