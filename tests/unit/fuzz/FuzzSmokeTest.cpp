// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every fuzz entry point over seeds and deterministic mutations on each
// build, so a crash the fuzzer would find in seconds cannot land unnoticed.
// Deeper runs: libFuzzer, see tests/fuzz/README.md.
#include "../../fuzz/FuzzTargets.h"
#include "FuzzSmoke.h"

#include <QByteArray>
#include <QList>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::fuzztest;

namespace {

QList<QByteArray> smtpSeeds()
{
    return {
        "\x03" "220 m ESMTP\r\n250-m\r\n250-STARTTLS\r\n250 PIPELINING\r\n220 go\r\n250-m\r\n"
        "250-AUTH PLAIN LOGIN CRAM-MD5\r\n250 CHUNKING\r\n235 ok\r\n250 ok\r\n250 ok\r\n250 ok\r\n"
        "354 go\r\n250 2.0.0 queued as X\r\n221 bye\r\n",
        "\x1f" "220 m\r\n250-m\r\n250 AUTH LOGIN\r\n334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n235 ok\r\n",
        "\x01" "220 m\r\n250-m\r\n250 AUTH SCRAM-SHA-256\r\n334 ====\r\n501 no\r\n",
        "\x05" "421 4.3.2 bye\r\n",
    };
}

QList<QByteArray> mimeSeeds()
{
    return {
        "From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain;"
        " charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nol=C3=A1\r\n--x\r\n"
        "Content-Type: image/png; name*0*=utf-8''foto%C3%A7;\r\n name*1=.png\r\nContent-Transfer-"
        "Encoding: base64\r\nContent-Disposition: attachment\r\n\r\niVBORw0KGgo=\r\n--x--\r\n",
        "Content-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\n\r\nno headers\r\n--a\r\n"
        "Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n",
        "Subject: =?utf-8?B?w6k=?=\r\n\r\nbody with no final newline",
    };
}

} // namespace

// An abort() inside a target fails the whole test binary, which is the point.
TEST(FuzzSmoke, SmtpSession) { run(&fuzz::smtpSession, smtpSeeds(), 20000); SUCCEED(); }
TEST(FuzzSmoke, LineFramer) { run(&fuzz::lineFramer, smtpSeeds(), 20000); SUCCEED(); }
TEST(FuzzSmoke, DataEncoder) { run(&fuzz::dataEncoder, mimeSeeds(), 20000); SUCCEED(); }
TEST(FuzzSmoke, MimeTree) { run(&fuzz::mimeTree, mimeSeeds(), 5000); SUCCEED(); }

namespace {
QList<QByteArray> sessionSeeds()
{
    return {
        "{\"format\":\"carteiro-session\",\"version\":1,\n\"created\":\"2026-12-06T20:00:00Z\",\n"
        "\"connections\":[\n{\"id\":1,\"label\":\"smtp://127.0.0.1:10587\",\"protocol\":\"smtp\"}\n],\n"
        "\"events\":[\n"
        "{\"connection\":1,\"direction\":\"S\",\"id\":1,\"insideTls\":false,\"kind\":\"line\",\"replyCode\":220,"
        "\"t\":0,\"text\":\"220 mail ESMTP\"},\n"
        "{\"connection\":1,\"direction\":\"*\",\"id\":2,\"insideTls\":true,\"kind\":\"tls\",\"t\":5,\"text\":\"\","
        "\"tlsDetails\":{\"cipher\":\"X\",\"issuer\":\"I\",\"pinned\":false,\"protocol\":\"TLSv1.3\","
        "\"sha256\":\"00\",\"subject\":\"S\",\"verified\":true}},\n"
        "{\"base64\":\"/+4A\",\"bodyBytes\":3,\"connection\":1,\"direction\":\"C\",\"id\":3,\"insideTls\":true,"
        "\"kind\":\"body\",\"t\":9,\"explanation\":\"smtp.data.body\"}\n],\n"
        "\"messages\":[\n{\"base64\":\"U3ViamVjdDogeA0KDQpi\",\"label\":\"sent\"}\n]}\n",
    };
}
} // namespace

TEST(FuzzSmoke, SessionFile) { run(&fuzz::sessionFile, sessionSeeds(), 20000); SUCCEED(); }
