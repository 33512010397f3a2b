// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxView.h"

#include "engine/OutboxEngine.h"
#include "mail/OutboxModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

namespace {
using State = OutboxEntry::State;
} // namespace

OutboxView::OutboxView(OutboxEngine *engine, OutboxModel *model, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(model)
{
    setObjectName(QStringLiteral("outboxView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tools = new QToolBar(tr("Outbox"), this);
    m_tools->setObjectName(QStringLiteral("outboxToolBar"));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_tools);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Outbox"));
    m_list->setModel(model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    // Widths that leave the server's reply readable on a 1280-pixel projector.
    m_list->setColumnWidth(OutboxModel::StateColumn, 130);
    m_list->setColumnWidth(OutboxModel::ToColumn, 150);
    m_list->setColumnWidth(OutboxModel::SubjectColumn, 170);
    m_list->setColumnWidth(OutboxModel::AccountColumn, 90);
    m_list->setColumnWidth(OutboxModel::AttemptsColumn, 80);
    m_list->setColumnWidth(OutboxModel::WhenColumn, 100);
    layout->addWidget(m_list, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(6);
    layout->addWidget(m_details);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setMargin(6);
    m_note->hide();
    layout->addWidget(m_note);

    const auto make = [this](const QString &text, const QString &tip, const QKeySequence &key, const char *icon) {
        auto *a = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the message list keeps its own keys
        addAction(a);
        m_tools->addAction(a);
        return a;
    };
    m_sendNow = make(tr("Send &now"), tr("Send this message now, without waiting for its time"),
                     QKeySequence(Qt::CTRL | Qt::Key_Return), "mail-send");
    m_retry = make(tr("&Retry"), tr("Try this message again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                   "view-refresh");
    m_edit = make(tr("&Edit"), tr("Take the message back into a composer window"), QKeySequence(Qt::CTRL | Qt::Key_E),
                  "document-edit");
    m_delete = make(tr("&Delete"), tr("Remove the message from the outbox without sending it"),
                    QKeySequence::Delete, "edit-delete");
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_sendNow, m_retry, m_edit, m_delete});

    connect(m_sendNow, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            m_engine->sendNow(id);
    });
    connect(m_retry, &QAction::triggered, this, &OutboxView::retrySelected);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId()) {
            showNote(tr("Taking the message back..."));
            Q_EMIT editRequested(id);
            m_engine->takeBack(id);
        }
    });
    connect(m_delete, &QAction::triggered, this, &OutboxView::deleteSelected);
    connect(m_list, &QAbstractItemView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        m_selected = rows.isEmpty() ? 0 : rows.first().data(OutboxModel::IdRole).toLongLong();
        updateActions();
        updateDetails();
    });
    // The engine republishes the whole list: keep the user's row selected.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selected && !selectEntry(m_selected))
            m_selected = 0;
        updateActions();
        updateDetails();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    updateActions();
    updateDetails();
}

bool OutboxView::selectEntry(qint64 id)
{
    const QModelIndex i = m_model->indexForId(id);
    if (!i.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(i);
    return true;
}

qint64 OutboxView::selectedId() const
{
    return m_model->entry(m_selected) ? m_selected : 0;
}

void OutboxView::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void OutboxView::updateActions()
{
    const OutboxEntry *e = m_model->entry(m_selected);
    const State s = e ? e->state : State::Sending;
    m_sendNow->setEnabled(e && (s == State::Queued || s == State::Deferred));
    m_retry->setEnabled(e && (s == State::Failed || s == State::PossiblySent || OutboxModel::notFiled(*e)));
    m_edit->setEnabled(e && (s == State::Queued || s == State::Deferred || s == State::Failed ||
                             s == State::PossiblySent));
    m_delete->setEnabled(e && s != State::Sending);
}

QString OutboxView::explanation(const OutboxEntry &e)
{
    switch (e.state) {
    case State::Queued:
        return e.sendAt.isValid() && e.sendAt > QDateTime::currentDateTimeUtc()
                   ? tr("Waiting: %1 Edit takes it back; Send now sends it at once.").arg(OutboxModel::whenExplained(e))
                   : tr("Queued: it goes as soon as the server answers.");
    case State::Sending:
        return tr("Being sent now.");
    case State::Deferred:
        return tr("The server could not take it now (a temporary error or no connection). %1 "
                  "Send now tries at once.")
            .arg(OutboxModel::whenExplained(e));
    case State::Failed:
        return tr("The server refused it. Correct the message (Edit) or try again (Retry).");
    case State::PossiblySent:
        return tr("The connection was lost after the whole message went out and before the server answered: the "
                  "server may have received it; sending again may deliver it twice. Check with a recipient, or "
                  "in Sent, before Retry.");
    case State::Sent:
        return OutboxModel::notFiled(e) ? tr("Sent, but not filed in your Sent folder; the copy is kept here. "
                                             "Retry files it again.")
                                        : tr("Sent; being filed in Sent.");
    case State::Filed:
        return tr("Sent and filed in \"%1\".").arg(e.sentFolder);
    }
    return {};
}

void OutboxView::updateDetails()
{
    const OutboxEntry *e = m_model->entry(m_selected);
    if (!e) {
        m_details->setText(m_model->rowCount() == 0 ? tr("The outbox is empty: everything was sent.")
                                                    : tr("Select a message to see what happened to it."));
        return;
    }
    QStringList lines{explanation(*e)};
    const QString reply = e->lastReply.isEmpty() ? e->lastError : e->lastReply;
    if (!reply.isEmpty())
        lines << tr("Server's reply: %1").arg(reply);
    if (!e->recipientReplies.isEmpty())
        lines << tr("Refused recipients:") << e->recipientReplies;
    if (!e->queueId.isEmpty())
        lines << tr("Queued by the server as %1.").arg(e->queueId);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QMessageBox *OutboxView::confirm(const QString &title, const QString &text, const QString &informative,
                                 const QString &yesText, std::function<void()> onYes)
{
    if (m_confirm)
        m_confirm->close();
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("carteiro-outbox-confirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informative);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("yes"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, std::move(onYes));
    m_confirm = box;
    box->open(); // window-modal, not exec(): the engine keeps reporting meanwhile
    return box;
}

void OutboxView::retrySelected()
{
    const OutboxEntry *e = m_model->entry(selectedId());
    if (!e)
        return;
    const qint64 id = e->id;
    if (e->state != State::PossiblySent) {
        m_engine->retry(id);
        return;
    }
    confirm(tr("Send it again?"),
            tr("\"%1\" may already have been delivered.").arg(e->subject),
            tr("The connection was lost after the whole message went out and before the server answered: the "
               "server may have received it; sending again may deliver it twice."),
            tr("Send again"), [this, id] { m_engine->retry(id); });
}

void OutboxView::deleteSelected()
{
    const OutboxEntry *e = m_model->entry(selectedId());
    if (!e)
        return;
    const qint64 id = e->id;
    const bool unsent = e->state != State::Sent && e->state != State::Filed;
    confirm(tr("Delete from the outbox?"), tr("Delete \"%1\" from the outbox?").arg(e->subject),
            unsent ? tr("It has not been sent and will not be: the message is lost unless you kept a copy.")
                   : tr("It was sent; only the copy waiting to be filed in Sent is removed."),
            tr("Delete"), [this, id] { m_engine->remove(id); });
}

} // namespace carteiro
