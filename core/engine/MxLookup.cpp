// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MxLookup.h"

#include <QDnsLookup>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace carteiro {

MxLookup::MxLookup(QObject *parent) : QObject(parent) {}

MxLookup::~MxLookup() = default;

QString MxLookup::domainOf(const QString &domainOrAddress, QString *error)
{
    QString d = domainOrAddress.trimmed();
    // "Bob <bob@example.test>" or "bob@example.test": the part after the last "@".
    if (d.endsWith(QLatin1Char('>')) && d.contains(QLatin1Char('<')))
        d = d.mid(d.lastIndexOf(QLatin1Char('<')) + 1).chopped(1);
    if (d.contains(QLatin1Char('@')))
        d = d.mid(d.lastIndexOf(QLatin1Char('@')) + 1);
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty()) {
        *error = tr("no domain given: type a domain (example.test) or an address (bob@example.test)");
        return {};
    }
    if (d.startsWith(QLatin1Char('['))) {
        *error = tr("%1 is an address literal (RFC 5321 §4.1.3): mail goes straight to that address, no DNS "
                    "lookup is made").arg(d);
        return {};
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(d));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = ace.split(QLatin1Char('.'));
    const bool valid = !ace.isEmpty() && ace.size() <= 253 &&
                       std::all_of(labels.cbegin(), labels.cend(),
                                   [](const QString &l) { return label.match(l).hasMatch(); });
    if (!valid) {
        *error = tr("\"%1\" is not a domain name (letters, digits and hyphens, in labels of at most 63 "
                    "characters separated by dots)").arg(d.left(100));
        return {};
    }
    return ace.toLower();
}

QHostAddress MxLookup::labNameserver(QString *note)
{
    const QString value = qEnvironmentVariable("CARTEIRO_LAB_DNS_SERVER").trimmed();
    if (value.isEmpty())
        return {};
    QString host = value;
    int port = 53;
    static const QRegularExpression withPort(QStringLiteral("^\\[?([^\\]]+?)\\]?:(\\d+)$"));
    if (QHostAddress(value).isNull()) { // not a bare address: "host:port" or "[v6]:port"
        if (const auto m = withPort.match(value); m.hasMatch()) {
            host = m.captured(1);
            port = m.captured(2).toInt();
        }
    }
    const QHostAddress address(host);
    if (address.isNull()) {
        *note = tr("CARTEIRO_LAB_DNS_SERVER=%1 is not an IP address: the system's resolver is asked instead")
                    .arg(value);
        return {};
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
    if (port != 53) {
        *note = tr("the lab's nameserver listens on port %1, and Qt %2 can only ask port 53: the system's "
                   "resolver is asked instead").arg(port).arg(QLatin1String(qVersion()));
        return {};
    }
#endif
    *note = tr("asking the lab's nameserver %1 (CARTEIRO_LAB_DNS_SERVER)").arg(value);
    return address;
}

void MxLookup::lookup(const QString &domainOrAddress)
{
    if (m_dns)
        m_dns->deleteLater();
    m_result = MxResult();
    m_running = true;
    QString error;
    const QString domain = domainOf(domainOrAddress, &error);
    m_result.domain = domain.isEmpty() ? domainOrAddress.trimmed() : domain;
    if (domain.isEmpty()) {
        m_result.outcome = MxResult::Outcome::BadDomain;
        m_result.error = error;
        QTimer::singleShot(0, this, &MxLookup::finish); // finished() always comes after lookup() returns
        return;
    }
    QString note;
    m_nameserver = labNameserver(&note);
    if (!note.isEmpty())
        m_result.notes << note;
    if (!m_nameserver.isNull())
        m_result.nameserver = m_nameserver.toString();
    start(QDnsLookup::MX);
}

void MxLookup::start(int type)
{
    if (m_dns)
        m_dns->deleteLater();
    m_dns = new QDnsLookup(QDnsLookup::Type(type), m_result.domain, this);
    if (!m_nameserver.isNull())
        m_dns->setNameserver(m_nameserver);
    connect(m_dns, &QDnsLookup::finished, this, type == QDnsLookup::MX ? &MxLookup::onMx : &MxLookup::onAddress);
    m_dns->lookup();
}

void MxLookup::onMx()
{
    const QDnsLookup *d = m_dns;
    if (d->error() == QDnsLookup::NoError && !d->mailExchangeRecords().isEmpty()) {
        QList<QDnsMailExchangeRecord> records = d->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
                         [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        for (const QDnsMailExchangeRecord &r : records)
            m_result.exchanges.append({r.preference(), r.exchange()});
        const QString only = m_result.exchanges.first().host;
        m_result.outcome = records.size() == 1 && (only.isEmpty() || only == QLatin1String("."))
                               ? MxResult::Outcome::NullMx
                               : MxResult::Outcome::Mx;
        finish();
        return;
    }
    // An answer without records is NotFoundError (NXDOMAIN) or, in Qt 6.4,
    // InvalidReplyError (NOERROR with no data): both mean no MX here.
    const bool noMx = d->error() == QDnsLookup::NoError || d->error() == QDnsLookup::NotFoundError ||
                      d->error() == QDnsLookup::InvalidReplyError;
    if (!noMx) {
        m_result.outcome = MxResult::Outcome::Failed;
        m_result.error = d->errorString();
        finish();
        return;
    }
    // No MX: the domain's own address is its mail server (RFC 5321 §5.1).
    m_addressStep = 0;
    start(QDnsLookup::A);
}

void MxLookup::onAddress()
{
    for (const QDnsHostAddressRecord &r : m_dns->hostAddressRecords())
        m_result.addresses.append(r.value().toString());
    if (m_addressStep++ == 0) {
        start(QDnsLookup::AAAA);
        return;
    }
    m_result.outcome = m_result.addresses.isEmpty() ? MxResult::Outcome::NoMailHost : MxResult::Outcome::ImplicitMx;
    finish();
}

void MxLookup::finish()
{
    MxResult &r = m_result;
    switch (r.outcome) {
    case MxResult::Outcome::Mx: {
        r.explanation << tr("%1 names %n mail server(s) in its MX records (RFC 5321 §5.1).", nullptr,
                            int(r.exchanges.size())).arg(r.domain);
        QStringList list;
        for (const MxResult::Exchange &e : std::as_const(r.exchanges))
            list << tr("preference %1: %2").arg(e.preference).arg(e.host);
        r.explanation << list.join(QStringLiteral("; "));
        r.explanation << tr("A sending MTA connects to port 25 of the lowest preference first (%1); the others "
                            "only when it cannot be reached. Equal preferences share the load.")
                             .arg(r.exchanges.first().host);
        break;
    }
    case MxResult::Outcome::NullMx:
        r.explanation << tr("%1 publishes a \"null MX\" (MX 0 .): it accepts no mail at all (RFC 7505). A "
                            "sending MTA returns mail for it at once.").arg(r.domain);
        break;
    case MxResult::Outcome::ImplicitMx:
        r.explanation << tr("%1 has no MX record. Then the domain itself is the mail server, the \"implicit "
                            "MX\" (RFC 5321 §5.1): mail goes to port 25 of %2.")
                             .arg(r.domain, r.addresses.join(QStringLiteral(", ")));
        break;
    case MxResult::Outcome::NoMailHost:
        r.explanation << tr("%1 has neither MX nor A/AAAA records: no such domain, or one without mail. A "
                            "sending MTA returns the message (\"Host or domain name not found\").").arg(r.domain);
        break;
    case MxResult::Outcome::BadDomain:
        r.explanation << r.error;
        break;
    case MxResult::Outcome::Failed:
        r.explanation << tr("The DNS lookup of %1 failed: %2. A sending MTA keeps the message in its queue and "
                            "tries again later.").arg(r.domain, r.error);
        break;
    }
    m_running = false;
    Q_EMIT finished(r);
}

} // namespace carteiro
