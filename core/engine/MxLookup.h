// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How mail reaches a domain, asked of DNS as an MTA does (RFC 5321 §5.1): the
// domain's MX records, lowest preference first; when it has none, the
// "implicit MX": its own A/AAAA address; a "null MX" (RFC 7505) says it takes
// no mail; a domain that does not exist takes none either. QDnsLookup on the
// calling thread; each outcome comes with sentences a class can read.
// When CARTEIRO_LAB_DNS_SERVER is set (the lab exports it), that address is
// the nameserver asked. Qt 6.4 (Debian 12) always asks on port 53: a lab
// server on another port is reported, and the system's resolver asked.
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QDnsLookup;

namespace carteiro {

struct MxResult
{
    enum class Outcome { Mx, NullMx, ImplicitMx, NoMailHost, BadDomain, Failed };
    struct Exchange
    {
        quint16 preference = 0;
        QString host;
    };
    QString domain;                // as asked (IDN in its ASCII form)
    Outcome outcome = Outcome::Failed;
    QList<Exchange> exchanges;     // Mx: lowest preference first (tried first)
    QStringList addresses;         // ImplicitMx: the domain's own A/AAAA addresses
    QString nameserver;            // the server asked; empty: the system's resolver
    QString error;                 // BadDomain / Failed: what was wrong (translated)
    QStringList explanation;       // one translated sentence each, the answer first
    QStringList notes;             // about the lookup itself (the lab's nameserver)
};

class MxLookup : public QObject
{
    Q_OBJECT
public:
    explicit MxLookup(QObject *parent = nullptr);
    ~MxLookup() override;

    // `domain`: "example.test", or an address ("bob@example.test": its domain).
    // finished() follows, once, also for a bad domain.
    void lookup(const QString &domainOrAddress);
    bool isRunning() const { return m_running; }
    // The domain part of an address, in its ASCII (IDNA) form; empty and *error
    // when it is not a domain name.
    static QString domainOf(const QString &domainOrAddress, QString *error);
    // The nameserver CARTEIRO_LAB_DNS_SERVER names ("127.0.0.1", "127.0.0.1:53",
    // "[::1]:5353"); null when unset or unusable, *note says why.
    static QHostAddress labNameserver(QString *note);

Q_SIGNALS:
    void finished(const carteiro::MxResult &result);

private:
    void start(int type);
    void onMx();
    void onAddress();
    void finish();

    MxResult m_result;
    QHostAddress m_nameserver;
    QPointer<QDnsLookup> m_dns;
    int m_addressStep = 0; // 0: A, 1: AAAA
    bool m_running = false;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::MxResult)
