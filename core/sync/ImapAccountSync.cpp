#include "sync/ImapAccountSync.h"

#include "imap/ImapMailboxCodec.h"
#include "sync/ImapFolderSync.h"

#include <QTimer>

namespace carteiro {

const char *ImapAccountSync::stateName(State state)
{
    switch (state) {
    case State::Idle: return "IDLE";
    case State::Connecting: return "CONNECTING";
    case State::Ready: return "READY";
    case State::Working: return "WORKING";
    case State::Watching: return "WATCHING";
    case State::Closed: return "CLOSED";
    case State::Failed: return "FAILED";
    }
    return "?";
}

ImapAccountSync::ImapAccountSync(TraceHub *hub, ChannelOptions channel, ImapSession::Config config,
                                 QString storePath, QString accountId, QObject *parent)
    : QObject(parent), m_hub(hub), m_channel(std::move(channel)), m_config(std::move(config)),
      m_storePath(std::move(storePath)), m_accountId(std::move(accountId))
{
}

ImapAccountSync::~ImapAccountSync()
{
    delete m_sync;
    delete m_conn;
}

void ImapAccountSync::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(QString::fromLatin1(stateName(s)));
}

QString ImapAccountSync::serverWords(const ImapCompletion &c)
{
    QString words = QString::fromLatin1(ImapResponse::statusName(c.status));
    if (!c.code.name.isEmpty())
        words += QStringLiteral(" [%1]").arg(QString::fromLatin1(c.code.name));
    if (!c.text.isEmpty())
        words += QLatin1Char(' ') + c.text;
    return words.trimmed();
}

void ImapAccountSync::start()
{
    if (m_state != State::Idle)
        return;
    m_store = std::make_unique<MailStore>(m_storePath);
    if (!m_store->open()) {
        setState(State::Failed);
        Q_EMIT operationFailed(QStringLiteral("STORE"), m_store->error());
        return;
    }
    m_conn = new ImapConnection(m_hub, m_channel, m_config);
    m_conn->setStepGate(m_gate);
    connect(m_conn, &ImapConnection::ready, this, [this] {
        setState(State::Ready);
        Q_EMIT ready();
        runNext();
    });
    connect(m_conn, &ImapConnection::untagged, this, &ImapAccountSync::onUntagged);
    connect(m_conn, &ImapConnection::jobFinished, this, &ImapAccountSync::onJobFinished);
    connect(m_conn, &ImapConnection::failed, this, [this](const QString &m) {
        if (m_state == State::Closed)
            return;
        setState(State::Failed);
        Q_EMIT operationFailed(QStringLiteral("CONNECTION"), m);
    });
    connect(m_conn, &ImapConnection::closed, this, [this] {
        m_queue.clear();
        if (m_state != State::Failed)
            setState(State::Closed);
        Q_EMIT closed();
    });
    setState(State::Connecting);
    m_conn->open();
}

void ImapAccountSync::close()
{
    m_watch.clear();
    m_queue.clear();
    if (m_idleJob != 0)
        m_conn->stopIdle();
    if (m_conn)
        m_conn->close(); // LOGOUT (RFC 3501 §6.1.3) after what is in flight
}

void ImapAccountSync::cancel()
{
    m_queue.clear();
    if (m_sync)
        m_sync->cancel();
    const QList<quint64> jobs = m_jobs.keys();
    for (const quint64 job : jobs)
        if (job != m_idleJob)
            m_conn->cancel(job);
}

void ImapAccountSync::enqueue(const QString &step, std::function<void()> run)
{
    m_queue.push_back({step, std::move(run)});
    runNext();
}

void ImapAccountSync::runNext()
{
    if (!m_conn || !m_conn->isReady())
        return;
    if (m_idleJob != 0) {
        if (!m_queue.empty())
            m_conn->stopIdle(); // RFC 2177 §3: DONE, then the queued work
        return;
    }
    if (m_busy)
        return;
    if (m_queue.empty()) {
        if (!m_watch.isEmpty())
            startIdle();
        else
            setState(State::Ready);
        return;
    }
    Operation op = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;
    m_step = op.step;
    setState(State::Working);
    op.run();
}

void ImapAccountSync::done()
{
    m_busy = false;
    m_step.clear();
    QTimer::singleShot(0, this, &ImapAccountSync::runNext);
}

void ImapAccountSync::opFailed(const QString &message)
{
    Q_EMIT operationFailed(m_step, message);
    done();
}

quint64 ImapAccountSync::await(quint64 job, JobDone then)
{
    m_jobs.insert(job, std::move(then));
    return job;
}

void ImapAccountSync::onJobFinished(quint64 job, const ImapCompletion &c)
{
    const auto it = m_jobs.find(job);
    if (it == m_jobs.end())
        return;
    const JobDone then = std::move(it.value());
    m_jobs.erase(it);
    if (c.cancelled && job != m_idleJob) {
        done();
        return;
    }
    then(c);
}

void ImapAccountSync::ensureSelected(const QString &folder, std::function<void()> then)
{
    if (m_selected == folder && m_conn->session().state() == ImapSession::State::Selected) {
        then();
        return;
    }
    // RFC 3501 §6.3.1: read-write, the operations change flags and expunge
    await(m_conn->select(folder, false), [this, folder, then](const ImapCompletion &c) {
        if (!c.ok) {
            m_selected.clear();
            opFailed(tr("SELECT %1: %2").arg(folder, serverWords(c)));
            return;
        }
        m_selected = folder;
        then();
    });
}

// --- folders ----------------------------------------------------------------

void ImapAccountSync::refreshFolders()
{
    enqueue(QStringLiteral("LIST"), [this] {
        // RFC 3501 §6.3.8 LIST "" "*"; RETURN (SPECIAL-USE STATUS) when offered (RFC 6154, RFC 5819)
        await(m_conn->list(), [this](const ImapCompletion &c) {
            if (!c.ok) {
                opFailed(tr("LIST: %1").arg(serverWords(c)));
                return;
            }
            static const QList<QByteArray> kSpecialUse = {"\\All", "\\Archive", "\\Drafts", "\\Flagged",
                                                          "\\Junk", "\\Sent", "\\Trash"};
            QStringList names;
            for (const ImapListEntry &e : c.list) {
                StoredFolder f;
                f.accountId = m_accountId;
                f.name = e.name;
                f.wireName = e.wireName;
                f.delimiter = e.delimiter ? QChar(QLatin1Char(e.delimiter)) : QChar();
                if (e.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
                    f.specialUse = "\\Inbox";
                for (const QByteArray &use : kSpecialUse)
                    if (e.hasAttribute(use.constData()))
                        f.specialUse = use;
                f.selectable = !e.hasAttribute("\\Noselect") && !e.hasAttribute("\\NonExistent");
                if (m_store->upsertFolder(f) == 0) {
                    opFailed(tr("LIST: could not store folder %1: %2").arg(e.name, m_store->error()));
                    return;
                }
                names << e.name;
            }
            if (!m_store->retainFolders(m_accountId, names)) {
                opFailed(tr("LIST: could not drop folders gone from the server: %1").arg(m_store->error()));
                return;
            }
            Q_EMIT foldersChanged(m_accountId);
            done();
        });
    });
}

std::optional<StoredFolder> ImapAccountSync::specialFolder(const QByteArray &use) const
{
    for (const StoredFolder &f : m_store->folders(m_accountId))
        if (!f.local && f.specialUse.compare(use, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

void ImapAccountSync::syncFolder(const QString &name)
{
    enqueue(QStringLiteral("SYNC"), [this, name] {
        qint64 id = 0;
        if (const auto known = m_store->folderByName(m_accountId, name)) {
            id = known->id;
        } else {
            StoredFolder f;
            f.accountId = m_accountId;
            f.name = name;
            f.wireName = ImapMailboxCodec::encode(name);
            id = m_store->upsertFolder(f);
            if (id == 0) {
                opFailed(tr("SYNC %1: %2").arg(name, m_store->error()));
                return;
            }
        }
        runFolderSync(id, false);
    });
}

void ImapAccountSync::runFolderSync(qint64 folderId, bool announceNewMail)
{
    ImapFolderSync::Options options;
    options.firstChunk = m_firstChunk;
    m_sync = new ImapFolderSync(m_conn, m_store.get(), folderId, options);
    connect(m_sync, &ImapFolderSync::folderCountKnown, this, &ImapAccountSync::folderCountKnown);
    connect(m_sync, &ImapFolderSync::progress, this, &ImapAccountSync::syncProgress);
    connect(m_sync, &ImapFolderSync::chunkStored, this, &ImapAccountSync::chunkStored);
    connect(m_sync, &ImapFolderSync::finished, this, [this, folderId, announceNewMail](bool ok, const QString &error) {
        ImapFolderSync *sync = m_sync;
        m_sync = nullptr;
        sync->deleteLater();
        const auto folder = m_store->folder(folderId);
        m_selected = ok && folder ? folder->name : QString();
        if (!ok) {
            if (sync->state() == ImapFolderSync::State::Cancelled)
                done();
            else
                opFailed(error);
            return;
        }
        const ImapFolderSync::Stats &s = sync->stats();
        Q_EMIT folderSynced(folderId, int(s.added), int(s.changed), int(s.removed));
        if (announceNewMail && s.newUnseen > 0)
            Q_EMIT newMail(folderId, int(s.newUnseen));
        done();
    });
    m_sync->start();
}

// --- messages ---------------------------------------------------------------

QHash<qint64, QList<StoredMessage>> ImapAccountSync::byFolder(const QList<qint64> &ids, const QString &step)
{
    QHash<qint64, QList<StoredMessage>> out;
    for (const qint64 id : ids) {
        const auto m = m_store->message(id);
        if (!m || m->uid == 0) {
            Q_EMIT operationFailed(step, tr("%1: message %2 is not an IMAP message in the store").arg(step).arg(id));
            continue;
        }
        out[m->folderId].append(*m);
    }
    return out;
}

namespace {
ImapSequenceSet uidSet(const QList<StoredMessage> &messages)
{
    QList<quint32> uids;
    for (const StoredMessage &m : messages)
        uids << m.uid;
    return ImapSequenceSet::fromList(uids);
}

QList<qint64> idsOf(const QList<StoredMessage> &messages)
{
    QList<qint64> ids;
    for (const StoredMessage &m : messages)
        ids << m.id;
    return ids;
}
} // namespace

void ImapAccountSync::fetchMessage(qint64 messageId)
{
    enqueue(QStringLiteral("FETCH"), [this, messageId] {
        const auto m = m_store->message(messageId);
        const auto folder = m ? m_store->folder(m->folderId) : std::nullopt;
        if (!m || !folder || m->uid == 0) {
            opFailed(tr("FETCH: message %1 is not an IMAP message in the store").arg(messageId));
            return;
        }
        const quint32 uid = m->uid;
        ensureSelected(folder->name, [this, messageId, uid, name = folder->name] {
            m_bodies.remove(uid);
            // RFC 3501 §6.4.5 BODY.PEEK[]: the whole message, \Seen left alone
            await(m_conn->fetchBody(uid), [this, messageId, uid, name](const ImapCompletion &c) {
                const QByteArray raw = m_bodies.take(uid);
                if (!c.ok) {
                    opFailed(tr("FETCH UID %1 in %2: %3").arg(uid).arg(name, serverWords(c)));
                    return;
                }
                if (raw.isNull()) {
                    opFailed(tr("FETCH UID %1 in %2: the server sent no message (expunged?)").arg(uid).arg(name));
                    return;
                }
                if (!m_store->storeBody(messageId, raw)) {
                    opFailed(tr("FETCH UID %1: could not store the message: %2").arg(uid).arg(m_store->error()));
                    return;
                }
                Q_EMIT bodyReady(messageId);
                done();
            });
        });
    });
}

void ImapAccountSync::setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove)
{
    const QString step = QStringLiteral("STORE");
    const auto groups = byFolder(messageIds, step);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<StoredMessage> messages = it.value();
        enqueue(step, [this, messages, add, remove] {
            const auto folder = m_store->folder(messages.first().folderId);
            if (!folder) {
                opFailed(tr("STORE: the folder of message %1 is gone").arg(messages.first().id));
                return;
            }
            ensureSelected(folder->name, [this, messages, add, remove] {
                auto finish = [this, messages, add, remove] {
                    for (const StoredMessage &m : messages)
                        if (!m_store->setFlags(m.id, (m.flags | add) & ~remove)) {
                            opFailed(tr("STORE: %1").arg(m_store->error()));
                            return;
                        }
                    Q_EMIT flagsChanged(idsOf(messages));
                    done();
                };
                auto removeStep = [this, messages, remove, finish] {
                    if (remove == 0) {
                        finish();
                        return;
                    }
                    // RFC 3501 §6.4.6 UID STORE -FLAGS.SILENT
                    await(m_conn->store(uidSet(messages), ImapCommand::StoreMode::Remove, MessageFlag::toImap(remove)),
                          [this, finish](const ImapCompletion &c) {
                              if (!c.ok)
                                  opFailed(tr("UID STORE -FLAGS: %1").arg(serverWords(c)));
                              else
                                  finish();
                          });
                };
                if (add == 0) {
                    removeStep();
                    return;
                }
                // RFC 3501 §6.4.6 UID STORE +FLAGS.SILENT
                await(m_conn->store(uidSet(messages), ImapCommand::StoreMode::Add, MessageFlag::toImap(add)),
                      [this, removeStep](const ImapCompletion &c) {
                          if (!c.ok)
                              opFailed(tr("UID STORE +FLAGS: %1").arg(serverWords(c)));
                          else
                              removeStep();
                      });
            });
        });
    }
}

void ImapAccountSync::move(const QList<qint64> &messageIds, qint64 targetFolderId)
{
    const QString step = QStringLiteral("MOVE");
    const auto groups = byFolder(messageIds, step);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<StoredMessage> messages = it.value();
        enqueue(step, [this, messages, targetFolderId] {
            const auto source = m_store->folder(messages.first().folderId);
            const auto target = m_store->folder(targetFolderId);
            if (!source || !target) {
                opFailed(tr("MOVE: folder %1 is not in the store").arg(source ? targetFolderId : messages.first().folderId));
                return;
            }
            if (source->id == target->id) {
                done();
                return;
            }
            ensureSelected(source->name, [this, messages, source, target] {
                // RFC 6851 §3.2 UID MOVE (COPY + STORE + EXPUNGE without MOVE, ImapSession::enqueueMove)
                await(m_conn->move(uidSet(messages), target->name), [this, messages, source, target](const ImapCompletion &c) {
                    if (!c.ok) {
                        opFailed(tr("MOVE to %1: %2").arg(target->name, serverWords(c)));
                        return;
                    }
                    QList<quint32> uids;
                    for (const StoredMessage &m : messages)
                        uids << m.uid;
                    if (!m_store->removeMessages(source->id, uids)) {
                        opFailed(tr("MOVE: %1").arg(m_store->error()));
                        return;
                    }
                    Q_EMIT messagesMoved(idsOf(messages), target->id);
                    done();
                });
            });
        });
    }
}

void ImapAccountSync::deleteToTrash(const QList<qint64> &messageIds)
{
    const QString step = QStringLiteral("DELETE");
    const auto trash = specialFolder("\\Trash");
    if (!trash) {
        Q_EMIT operationFailed(step, tr("DELETE: the server names no \\Trash folder (RFC 6154); "
                                        "refresh the folder list, or move the messages instead"));
        return;
    }
    const auto groups = byFolder(messageIds, step);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.key() != trash->id) {
            move(idsOf(it.value()), trash->id);
            continue;
        }
        const QList<StoredMessage> messages = it.value();
        enqueue(step, [this, messages, trash] {
            ensureSelected(trash->name, [this, messages, trash] {
                // Already in Trash: RFC 3501 §6.4.6 +FLAGS \Deleted, then RFC 4315 §2.1 UID EXPUNGE
                await(m_conn->store(uidSet(messages), ImapCommand::StoreMode::Add, {"\\Deleted"}),
                      [this, messages, trash](const ImapCompletion &c) {
                          if (!c.ok) {
                              opFailed(tr("UID STORE +FLAGS \\Deleted in %1: %2").arg(trash->name, serverWords(c)));
                              return;
                          }
                          await(m_conn->expunge(uidSet(messages)), [this, messages, trash](const ImapCompletion &e) {
                              if (!e.ok) {
                                  opFailed(tr("UID EXPUNGE in %1: %2").arg(trash->name, serverWords(e)));
                                  return;
                              }
                              QList<quint32> uids;
                              for (const StoredMessage &m : messages)
                                  uids << m.uid;
                              if (!m_store->removeMessages(trash->id, uids)) {
                                  opFailed(tr("DELETE: %1").arg(m_store->error()));
                                  return;
                              }
                              Q_EMIT messagesRemoved(idsOf(messages));
                              done();
                          });
                      });
            });
        });
    }
}

void ImapAccountSync::appendMessage(const QString &target, const QByteArray &raw, quint32 flags)
{
    enqueue(QStringLiteral("APPEND"), [this, target, raw, flags] {
        QString name = target;
        if (target.startsWith(QLatin1Char('\\'))) {
            const auto f = specialFolder(target.toLatin1());
            if (!f) {
                opFailed(tr("APPEND: the server names no %1 folder (RFC 6154); refresh the folder list").arg(target));
                return;
            }
            name = f->name;
        }
        if (name.isEmpty()) {
            opFailed(tr("APPEND: no folder named"));
            return;
        }
        // RFC 3501 §6.3.11 APPEND; RFC 4315 §3 APPENDUID in the answer
        await(m_conn->append(name, raw, MessageFlag::toImap(flags)), [this, name](const ImapCompletion &c) {
            if (!c.ok) {
                opFailed(tr("APPEND to %1: %2").arg(name, serverWords(c)));
                return;
            }
            quint32 uid = 0;
            if (c.code.name == "APPENDUID" && !c.code.uids.isEmpty())
                uid = c.code.uids.ranges().first().first;
            Q_EMIT appended(name, uid);
            done();
        });
    });
}

// --- IDLE -------------------------------------------------------------------

void ImapAccountSync::watch(const QString &folder)
{
    m_watch = folder;
    if (m_idleJob != 0) {
        m_conn->stopIdle(); // re-enter IDLE on the new folder
        return;
    }
    runNext();
}

void ImapAccountSync::stopWatching()
{
    m_watch.clear();
    if (m_idleJob != 0)
        m_conn->stopIdle();
}

void ImapAccountSync::startIdle()
{
    if (!m_conn->session().hasCapability("IDLE")) {
        const QString folder = m_watch;
        m_watch.clear();
        Q_EMIT operationFailed(QStringLiteral("IDLE"),
                               tr("IDLE on %1: the server does not offer IDLE (RFC 2177)").arg(folder));
        return;
    }
    m_busy = true;
    m_step = QStringLiteral("IDLE");
    const QString folder = m_watch;
    ensureSelected(folder, [this, folder] {
        m_idleNews = false;
        // RFC 2177 §3 IDLE; ended with DONE when news arrives or work is queued
        m_idleJob = m_conn->idle();
        setState(State::Watching);
        await(m_idleJob, [this, folder](const ImapCompletion &c) {
            m_idleJob = 0;
            m_busy = false;
            m_step.clear();
            if (!c.ok && !c.cancelled) {
                m_watch.clear();
                Q_EMIT operationFailed(QStringLiteral("IDLE"), tr("IDLE on %1: %2").arg(folder, serverWords(c)));
            }
            if (m_idleNews && !m_watch.isEmpty()) {
                m_idleNews = false;
                const auto f = m_store->folderByName(m_accountId, folder);
                if (f) // the incremental sync goes first, before queued work
                    m_queue.push_front({QStringLiteral("SYNC"), [this, id = f->id] { runFolderSync(id, true); }});
            }
            QTimer::singleShot(0, this, &ImapAccountSync::runNext);
        });
    });
}

void ImapAccountSync::onUntagged(const ImapResponse &r)
{
    if (r.keyword == "FETCH" && !r.fetch.sections.isEmpty() && r.fetch.uid != 0) {
        for (const ImapFetchSection &s : r.fetch.sections)
            if (s.section.isEmpty() && s.origin < 0)
                if (!s.data.isNull())
                    m_bodies.insert(r.fetch.uid, s.data);
    }
    if (m_idleJob != 0 && (r.keyword == "EXISTS" || r.keyword == "EXPUNGE" || r.keyword == "FETCH" ||
                           r.keyword == "VANISHED")) {
        m_idleNews = true;
        m_conn->stopIdle(); // RFC 2177 §3 DONE, then the incremental sync
    }
}

} // namespace carteiro
