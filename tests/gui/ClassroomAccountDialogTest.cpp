// SPDX-License-Identifier: GPL-3.0-or-later
// The account dialog's classroom section: the options round-trip, follow the
// classroom switch, and HELO is refused with a clear message for anything but
// a plaintext lab account.
#include "ShellTestSupport.h"

#include "account/AccountDialog.h"
#include "account/ClassroomMode.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
AccountSettings labAccount()
{
    AccountSettings a;
    a.id = QStringLiteral("lab");
    a.name = QStringLiteral("Lab");
    a.address = QStringLiteral("alice@example.test");
    a.smtpHost = QStringLiteral("127.0.0.1");
    a.username = QStringLiteral("alice@example.test");
    a.lab = true;
    return a;
}
} // namespace

TEST(ClassroomAccountDialog, OptionsRoundTripAndHeloIsRefusedOutsideAPlaintextLab)
{
    TraceHub hub;
    SendController controller(&hub);
    AccountSettings a = labAccount();
    a.classroomMode = true;
    a.classroomPop3UserPass = true;
    AccountDialog d(a, &controller);
    d.show();
    EXPECT_EQ(d.account(), a);
    EXPECT_TRUE(d.classroomCheck()->isChecked());
    EXPECT_TRUE(d.classroomHeloCheck()->isEnabled());
    EXPECT_TRUE(d.classroomUserPassCheck()->isChecked());

    d.classroomCheck()->setChecked(false); // the options follow the switch
    EXPECT_FALSE(d.classroomHeloCheck()->isEnabled());
    EXPECT_FALSE(d.classroomUserPassCheck()->isEnabled());
    d.classroomCheck()->setChecked(true);

    // HELO on a STARTTLS account: refused, and the dialog says why.
    d.classroomHeloCheck()->setChecked(true);
    QSignalSpy accepted(&d, &QDialog::accepted);
    d.accept();
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(d.errorLabel()->isVisible());
    EXPECT_TRUE(d.errorLabel()->text().contains(QStringLiteral("HELO")));
    EXPECT_TRUE(d.errorLabel()->text().contains(QStringLiteral("STARTTLS")));

    // A plaintext lab account may use it.
    d.securityCombo()->setCurrentIndex(d.securityCombo()->findData(int(TransportSecurity::Plain)));
    d.accept();
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_TRUE(d.account().classroomHelo);
    EXPECT_TRUE(d.account().classroom().helo);
}
