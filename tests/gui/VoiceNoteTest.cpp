// SPDX-License-Identifier: GPL-3.0-or-later
// Recording a voice note in the composer from a real (virtual) microphone: a
// private PulseAudio whose default input is a 440 Hz tone. The attached part
// is decoded by opus-tools (or read as WAVE) and checked for its length and
// for sound, not silence.
#include "AudioCheck.h"
#include "audio/Pcm.h"
#include "PulseTone.h"

#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerWindow.h"
#include "compose/VoiceNoteDialog.h"
#include "compose/VoiceRecorder.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioDevice>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
struct VoiceFixture : ::testing::Test
{
    PulseTone pulse;
    TraceHub hub;
    SendController controller{&hub};
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    QTemporaryDir dir;
    OutboxEngine outbox{&hub, dir.filePath(QStringLiteral("outbox.sqlite"))};
    AccountSettings account = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    std::unique_ptr<ComposerWindow> w;

    void startTone()
    {
        QString error;
        ASSERT_TRUE(pulse.start(&error)) << qPrintable(error);
        const QAudioDevice input = QMediaDevices::defaultAudioInput();
        // Qt reads PULSE_SERVER once per process: this test must run in its own (as ctest runs it).
        ASSERT_EQ(input.id(), QByteArray("carteiro_mic")) << "the default input is " << qPrintable(input.description());
    }
    void openComposer()
    {
        w = std::make_unique<ComposerWindow>(&outbox, &controller, &passwords, QList<AccountSettings>{account},
                                             account.id);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->show();
    }
    // Records until `ms` of sound are in, noting the meter's highest point.
    int record(VoiceNoteDialog *d, qint64 ms)
    {
        int loudest = 0;
        const QMetaObject::Connection meter = QObject::connect(
            d->levelMeter(), &QProgressBar::valueChanged, d, [&loudest](int v) { loudest = std::max(loudest, v); });
        QTest::mouseClick(d->recordButton(), Qt::LeftButton);
        EXPECT_TRUE(d->recorder()->isRecording()) << qPrintable(d->statusLabel()->text());
        EXPECT_TRUE(QTest::qWaitFor([&] { return d->recorder()->durationMs() >= ms; }, 20000))
            << "recorded only " << d->recorder()->durationMs() << " ms";
        QTest::mouseClick(d->recordButton(), Qt::LeftButton); // Stop
        EXPECT_FALSE(d->recorder()->isRecording());
        QObject::disconnect(meter);
        return loudest;
    }
};
} // namespace

TEST_F(VoiceFixture, ATakeFromTheMicrophoneIsAttachedAsOggOpusWithItsLengthAndSound)
{
    startTone();
    if (!audio::OpusVoiceEncoder::available())
        GTEST_SKIP() << "built without libopus (the WAV test covers that build)";
    openComposer();
    ASSERT_TRUE(w->voiceNoteButton()->isEnabled()) << qPrintable(w->voiceNoteButton()->toolTip());
    QTest::mouseClick(w->voiceNoteButton(), Qt::LeftButton);
    VoiceNoteDialog *d = w->voiceNoteDialog();
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->isVisible());
    EXPECT_FALSE(d->attachButton()->isEnabled()); // nothing to attach yet

    // A first take, then Record again: only the second is kept.
    record(d, 600);
    EXPECT_TRUE(d->attachButton()->isEnabled());
    EXPECT_TRUE(d->listenButton()->isEnabled()); // the null sink is an output
    EXPECT_EQ(d->recordButton()->text(), QStringLiteral("&Record again"));
    const int loudest = record(d, 1500);
    EXPECT_GE(loudest, 60) << "the level meter did not move with the tone";
    EXPECT_EQ(d->levelMeter()->value(), 0); // stopped: the meter falls back
    const qint64 recorded = d->takeDurationMs();
    EXPECT_GE(recorded, 1500);
    EXPECT_TRUE(d->statusLabel()->text().contains(QStringLiteral("Ogg Opus"))) << qPrintable(d->statusLabel()->text());
    EXPECT_EQ(d->timeLabel()->text(), QStringLiteral("0:01"));

    // Listen plays the take on the output, and Stop listening ends it.
    QTest::mouseClick(d->listenButton(), Qt::LeftButton);
    EXPECT_EQ(d->listenButton()->text(), QStringLiteral("Stop &listening"));
    QTest::mouseClick(d->listenButton(), Qt::LeftButton);
    EXPECT_EQ(d->listenButton()->text(), QStringLiteral("&Listen"));

    const AttachmentSpec note = d->attachment();
    QTest::mouseClick(d->attachButton(), Qt::LeftButton);
    EXPECT_FALSE(d->isVisible());
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 1);
    EXPECT_EQ(w->attachments()->mimeTypeAt(0), QStringLiteral("audio/ogg"));
    ASSERT_NE(w->attachments()->playButton(0), nullptr);
    const QList<AttachmentSpec> specs = w->attachments()->specs();
    ASSERT_EQ(specs.size(), 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Voice note \\d{4}-\\d\\d-\\d\\d \\d\\d\\.\\d\\d\\.\\d\\d\\.ogg$"))
                    .match(specs[0].fileName)
                    .hasMatch())
        << qPrintable(specs[0].fileName);
    EXPECT_EQ(specs[0].data, note.data);
    // The draft keeps it: nothing recorded is lost when the composer closes.
    ASSERT_EQ(w->draft().attachments.size(), 1);
    EXPECT_EQ(w->draft().attachments[0].data, note.data);

    if (!haveOpusdec())
        GTEST_SKIP() << "opusdec (opus-tools) is not installed: the part is not decoded";
    const Pcm16 decoded = decodeOpus(specs[0].data);
    ASSERT_TRUE(decoded.error.isEmpty()) << qPrintable(decoded.error);
    EXPECT_NEAR(decoded.seconds() * 1000, double(recorded), 1.0); // Opus's end trimming keeps the length
    EXPECT_GT(audio::rmsDbfs(decoded.samples.constData(), decoded.samples.size()), -30.0) << "the note is silent";
}

TEST_F(VoiceFixture, WithoutOpusTheNoteIsAWaveFileOfTheTone)
{
    startTone();
    openComposer();
    VoiceNoteDialog *d = w->openVoiceNoteDialog();
    ASSERT_NE(d, nullptr);
    d->recorder()->setPreferredFormat(audio::VoiceNoteWriter::Format::Wav);
    record(d, 1000);
    const AttachmentSpec note = d->attachment();
    EXPECT_EQ(note.mimeType, QStringLiteral("audio/wav"));
    EXPECT_TRUE(note.fileName.endsWith(QStringLiteral(".wav")));
    const Pcm16 wav = readWav(note.data);
    ASSERT_TRUE(wav.error.isEmpty()) << qPrintable(wav.error);
    EXPECT_EQ(wav.channels, 1);
    EXPECT_GE(wav.seconds(), 1.0);
    EXPECT_NEAR(wav.seconds() * 1000, double(d->takeDurationMs()), 1.0);
    EXPECT_GT(audio::rmsDbfs(wav.samples.constData(), wav.samples.size()), -30.0) << "the note is silent";
    QTest::mouseClick(d->attachButton(), Qt::LeftButton);
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 1);
    EXPECT_EQ(w->attachments()->mimeTypeAt(0), QStringLiteral("audio/wav"));
}

TEST_F(VoiceFixture, WithoutAMicrophoneTheButtonIsDisabledAndSaysWhy)
{
    noSoundServer();
    openComposer();
    EXPECT_FALSE(w->voiceNoteButton()->isEnabled());
    EXPECT_TRUE(w->voiceNoteButton()->toolTip().contains(QStringLiteral("No microphone")))
        << qPrintable(w->voiceNoteButton()->toolTip());
    EXPECT_EQ(w->openVoiceNoteDialog(), nullptr);
}

namespace {
// Answers the next modal question box with the button whose text is `text`.
void answerNextQuestion(const QString &text, bool *asked)
{
    QTimer::singleShot(0, [text, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no question was asked";
        *asked = true;
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text) {
                b->click();
                return;
            }
        FAIL() << "no button " << qPrintable(text);
    });
}
} // namespace

TEST_F(VoiceFixture, CancelWithATakeNotAttachedAsksBeforeDiscardingIt)
{
    startTone();
    openComposer();
    VoiceNoteDialog *d = w->openVoiceNoteDialog();
    ASSERT_NE(d, nullptr);
    record(d, 500);
    ASSERT_TRUE(d->hasPendingTake());
    // Sending now is refused with the reason: the note would be left behind.
    w->toField()->setText(QStringLiteral("bob@example.test"));
    EXPECT_FALSE(w->send());
    EXPECT_TRUE(w->problemLabel()->text().contains(QStringLiteral("voice note"))) << qPrintable(w->problemLabel()->text());

    bool asked = false;
    answerNextQuestion(QStringLiteral("&Keep it"), &asked);
    d->reject();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(d->isVisible());
    EXPECT_TRUE(d->hasPendingTake());

    asked = false;
    answerNextQuestion(QStringLiteral("&Discard"), &asked);
    d->reject();
    EXPECT_TRUE(asked);
    EXPECT_FALSE(d->isVisible());
    EXPECT_EQ(w->attachments()->topLevelItemCount(), 0);
    // Opened again, the window starts a new note.
    ASSERT_EQ(w->openVoiceNoteDialog(), d);
    EXPECT_FALSE(d->hasPendingTake());
    EXPECT_FALSE(d->attachButton()->isEnabled());
    EXPECT_EQ(d->timeLabel()->text(), QStringLiteral("0:00"));
}

TEST_F(VoiceFixture, ClosingTheComposerWhileRecordingKeepsTheNoteInTheDraft)
{
    startTone();
    openComposer();
    QSignalSpy edited(w.get(), &ComposerWindow::draftEdited);
    VoiceNoteDialog *d = w->openVoiceNoteDialog();
    ASSERT_NE(d, nullptr);
    QTest::mouseClick(d->recordButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return d->recorder()->durationMs() >= 400; }, 20000));
    EXPECT_TRUE(w->close());
    EXPECT_FALSE(d->recorder()->isRecording());
    ASSERT_EQ(edited.count(), 1); // the owner is asked to store the draft
    const MessageDraft draft = w->draft();
    ASSERT_EQ(draft.attachments.size(), 1);
    EXPECT_TRUE(draft.attachments[0].fileName.startsWith(QStringLiteral("Voice note ")));
    EXPECT_FALSE(draft.attachments[0].data.isEmpty());
}

TEST_F(VoiceFixture, TheComposerGoesAwayInTheMiddleOfARecording)
{
    startTone();
    openComposer();
    VoiceNoteDialog *d = w->openVoiceNoteDialog();
    ASSERT_NE(d, nullptr);
    QTest::mouseClick(d->recordButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return d->recorder()->durationMs() >= 300; }, 20000));
    w.reset(); // destroyed, not closed: the recorder stops without reporting to a window being taken apart
    QTest::qWait(50);
    SUCCEED();
}
