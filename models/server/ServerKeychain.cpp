// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerKeychain.h"

#ifdef KAI_WITH_KEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#endif
#include <spdlog/spdlog.h>

namespace kai::server {

namespace {
const QString Service = QStringLiteral("K-AI Dashboard server passwords");

#ifdef KAI_WITH_KEYCHAIN
struct Answer
{
    bool answered = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// QtKeychain's own words for a missing keychain are often just "Unknown error".
QString reasonOf(const Answer &answer)
{
    switch (answer.error) {
    case QKeychain::NoBackendAvailable: return ServerKeychain::tr("no keychain service is running");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return ServerKeychain::tr("access to it was refused");
    case QKeychain::NotImplemented: return ServerKeychain::tr("this system has none that QtKeychain supports");
    default: break;
    }
    const QString text = answer.errorString.trimmed();
    return text.isEmpty() || text == QLatin1String("Unknown error")
        ? ServerKeychain::tr("no keychain service answered; error %1").arg(int(answer.error))
        : text;
}

// QtKeychain answers through a signal; the callers need the answer before going on (a password to
// connect with), so the job is waited for in a local event loop, with a time limit. A job that has
// not answered by then is left to finish and delete itself.
Answer finish(QKeychain::Job *job)
{
    auto answer = std::make_shared<Answer>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a password in a plain settings file
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *done) {
        answer->answered = true;
        answer->error = done->error();
        answer->errorString = done->errorString();
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            answer->text = reader->textData();
        loop.quit();
    });
    QTimer::singleShot(ServerKeychain::AnswerWaitMs, &loop, &QEventLoop::quit);
    job->start();
    if (!answer->answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}
#endif
} // namespace

QString ServerKeychain::unavailable(const QString &reason)
{
    spdlog::warn("system keychain not available: {}", reason.toStdString());
    return tr("The system keychain is not available (%1), so the password was not remembered. You can keep it "
              "in libpq's password file (.pgpass) instead.")
        .arg(reason);
}

// Reading is not remembering: the caller goes on without a stored password and says where libpq
// looks instead.
QString ServerKeychain::unreadable(const QString &reason)
{
    spdlog::warn("system keychain not readable: {}", reason.toStdString());
    return tr("The system keychain is not available (%1), so no remembered password was used; libpq's password "
              "file (.pgpass) or PGPASSWORD applies instead.")
        .arg(reason);
}

#ifndef KAI_WITH_KEYCHAIN
bool ServerKeychain::isBuiltIn()
{
    return false;
}

ServerKeychain::Outcome ServerKeychain::read(const QString &)
{
    return {};  // nothing can have been stored
}

ServerKeychain::Outcome ServerKeychain::write(const QString &, const QString &)
{
    return {{}, unavailable(tr("this K-AI Dashboard was built without QtKeychain"))};
}

ServerKeychain::Outcome ServerKeychain::remove(const QString &)
{
    return {};
}
#else
bool ServerKeychain::isBuiltIn()
{
    return true;
}

ServerKeychain::Outcome ServerKeychain::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(key);
    const Answer answer = finish(job);
    if (!answer.answered)
        return {{}, unreadable(tr("it did not answer"))};
    if (answer.error == QKeychain::EntryNotFound)
        return {};
    if (answer.error != QKeychain::NoError)
        return {{}, unreadable(reasonOf(answer))};
    return {answer.text, {}};
}

ServerKeychain::Outcome ServerKeychain::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(key);
    job->setTextData(password);
    const Answer answer = finish(job);
    if (!answer.answered)
        return {{}, unavailable(tr("it did not answer"))};
    if (answer.error != QKeychain::NoError)
        return {{}, unavailable(reasonOf(answer))};
    return {};
}

ServerKeychain::Outcome ServerKeychain::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(key);
    const Answer answer = finish(job);
    if (!answer.answered)
        return {{}, unavailable(tr("it did not answer"))};
    if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
        return {{}, unavailable(reasonOf(answer))};
    return {};
}
#endif

} // namespace kai::server
