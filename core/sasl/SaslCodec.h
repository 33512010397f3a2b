// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small text helpers shared by the SASL mechanisms: strict base64, display
// escaping for the inspector, secret variants, OAuth JSON error reports.
#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace carteiro {

class SaslCodec
{
public:
    // Strict RFC 4648 base64 (after trimming surrounding ASCII whitespace): only
    // the standard alphabet, length a multiple of 4, at most two '=' and only at
    // the end, canonical (unused bits zero). "" decodes to "". "====" is invalid.
    static std::optional<QByteArray> decodeStrict(const QByteArray &text);

    // Bytes for the inspector: NUL as "\0", other control bytes as "\xNN", the
    // rest (including UTF-8) unchanged.
    static QByteArray escapeForDisplay(const QByteArray &bytes);

    // Wraps an already escaped redacted response in the inspector's "<...>".
    static QByteArray wrap(const QByteArray &escaped) { return '<' + escaped + '>'; }

    // The secret, its base64, and the stable cores of its base64 at the three
    // possible alignments inside a longer message (cores shorter than 4 left out).
    static QList<QByteArray> secretVariants(const QByteArray &secret);

    // Replaces every occurrence of each secret in `text` by "*****" (longest first).
    static QByteArray maskSecrets(QByteArray text, const QList<QByteArray> &secrets);

    // Describes an OAuth error challenge ({"status":"401","scope":...}) for a
    // user: "status 401, scope https://mail.google.com/". Not JSON: a cleaned-up
    // excerpt of the text.
    static QString describeOAuthError(const QByteArray &json);

    static constexpr const char *kMask = "*****";
};

} // namespace carteiro
