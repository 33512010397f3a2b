// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/trace: where a SASL exchange is (RFC 4422 §3), shared by the
// SMTP (334, RFC 4954 §4), IMAP ("+", RFC 9051 §6.2.2) and POP3 ("+", RFC 5034
// §4) readers. Each challenge and response is named by its role in the
// mechanism ("the server asks for the password", "SCRAM client proof"); the
// payload itself is never part of an explanation.
#include "trace/ExplanationTable.h"

#include <QByteArray>
#include <QString>

namespace carteiro::trace_detail {

class SaslSteps
{
public:
    // AUTH / AUTHENTICATE went out; initialResponse: it carried one (SASL-IR).
    void start(const QByteArray &mechanism, bool initialResponse);
    void finish() { m_active = false; }
    bool active() const { return m_active; }
    // Was the last server line a challenge, so that the next client line answers it?
    bool awaitingResponse() const { return m_awaitingResponse; }

    // The base64 text of a challenge (after "334 " or "+ ").
    Parts challenge(const QByteArray &payload);
    // A client line inside the exchange (base64, "*" to cancel; already redacted).
    Parts response(const QByteArray &line);

    // The description of a mechanism name ("sasl.mech.PLAIN"), for AUTH lines
    // and capability lists.
    static Part mechanism(const QByteArray &name);
    // The initial response of AUTH mech IR, by mechanism.
    Part initialResponse() const;

private:
    QByteArray m_mech;
    bool m_active = false;
    bool m_awaitingResponse = false;
    int m_challenges = 0;
    int m_responses = 0;
    QByteArray m_lastAsk; // LOGIN: "user" / "password"
};

} // namespace carteiro::trace_detail
