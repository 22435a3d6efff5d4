// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NotesFile.h"

#include "files/OutputFileGuard.h"
#include "files/ShownPath.h"
#include "review/OsAccount.h"
#include "review/ReviewCopyStatus.h"
#include "review/ReviewItemKey.h"
#include "review/ReviewNotebook.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kai::review {

namespace {
const QString FormatName = QStringLiteral("kai-dashboard-review-notes");

int lineAt(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

QJsonObject toObject(const ReviewNote &note)
{
    return {{QStringLiteral("uid"), note.uid},
            {QStringLiteral("item"), note.itemKey},
            {QStringLiteral("kind"), noteKindName(note.kind)},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("proposedValue"), note.proposedValue},
            {QStringLiteral("seenValue"), note.seenValue},
            {QStringLiteral("reviewer"), note.reviewer},
            {QStringLiteral("writtenAt"), note.writtenAt.toUTC().toString(Qt::ISODateWithMs)}};
}

// An empty string, or why the note at `index` cannot be taken.
QString fromObject(const QJsonObject &object, int index, ReviewNote &note)
{
    note.uid = object.value(QStringLiteral("uid")).toString();
    note.itemKey = object.value(QStringLiteral("item")).toString();
    const std::optional<NoteKind> kind = noteKindFromName(object.value(QStringLiteral("kind")).toString());
    note.text = object.value(QStringLiteral("text")).toString();
    note.proposedValue = object.value(QStringLiteral("proposedValue")).toString();
    note.seenValue = object.value(QStringLiteral("seenValue")).toString();
    note.reviewer = object.value(QStringLiteral("reviewer")).toString();
    note.writtenAt = QDateTime::fromString(object.value(QStringLiteral("writtenAt")).toString(), Qt::ISODateWithMs);
    if (note.uid.isEmpty())
        return NotesFile::tr("note %1 has no uid").arg(index + 1);
    if (!ReviewItemKey::parse(note.itemKey))
        return NotesFile::tr("note %1 names no known item ('%2')").arg(index + 1).arg(note.itemKey);
    if (!kind)
        return NotesFile::tr("note %1 has an unknown kind; use question, correction or confirmed").arg(index + 1);
    note.kind = *kind;
    if (note.text.trimmed().isEmpty() || note.reviewer.isEmpty() || !note.writtenAt.isValid())
        return NotesFile::tr("note %1 lacks its text, reviewer or time").arg(index + 1);
    return {};
}
} // namespace

QByteArray NotesFile::toJson() const
{
    QJsonArray list;
    for (const ReviewNote &note : notes)
        list.append(toObject(note));
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("reviewer"), reviewer},
                           {QStringLiteral("copyChecksum"), copyChecksum},
                           {QStringLiteral("database"), databaseName},
                           {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("notes"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

NotesFile NotesFile::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    NotesFile file;
    const auto fail = [&](int line, const QString &reason) {
        if (error)
            *error = tr("%1, line %2: %3").arg(files::shownPath(fileName)).arg(line).arg(reason);
        return NotesFile{};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAt(json, parseError.offset), parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(1, tr("not a K-AI Dashboard notes file"));
    if (root.value(QStringLiteral("version")).toInt() != Version)
        return fail(1, tr("notes file version %1 is not supported").arg(root.value(QStringLiteral("version")).toInt()));
    file.reviewer = root.value(QStringLiteral("reviewer")).toString();
    file.copyChecksum = root.value(QStringLiteral("copyChecksum")).toString();
    file.databaseName = root.value(QStringLiteral("database")).toString();
    file.exportedAt = QDateTime::fromString(root.value(QStringLiteral("exportedAt")).toString(), Qt::ISODate);
    const QJsonArray list = root.value(QStringLiteral("notes")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        ReviewNote note;
        if (const QString reason = fromObject(list.at(i).toObject(), i, note); !reason.isEmpty()) {
            // The line of the note's uid, so the reader finds it in the file.
            const int at = int(json.indexOf(list.at(i).toObject().value(QStringLiteral("uid")).toString().toUtf8()));
            return fail(at > 0 ? lineAt(json, at) : 1, reason);
        }
        file.notes.append(note);
    }
    return file;
}

NotesFile NotesFile::read(const QString &path, QString *error)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(files::shownPath(path), input.errorString());
        return {};
    }
    return parse(input.readAll(), path, error);
}

QString NotesFile::exportNotes(store::Database &database, const QString &path, int *count)
{
    // A server keeps its notes itself, where the office reads them: there is nothing to carry back.
    if (database.isServer()) {
        return tr("%1 is a server database: its review notes are already kept there for everyone connected. "
                  "Export notes from a file or a review copy.")
            .arg(database.serverName());
    }
    if (const QString refusal = files::OutputFileGuard::refusal(path); !refusal.isEmpty())
        return refusal;
    NotesFile file;
    QString error;
    file.notes = ReviewNotebook::notes(database.path(), &error);
    if (!error.isEmpty())
        return error;
    try {
        const ReviewCopyStatus status = ReviewCopyStatus::of(database.connection());
        file.copyChecksum = status.isReviewCopy
            ? status.manifest.checksum
            : QString::fromLatin1(store::DatabaseFingerprint(database.connection()).sha256().toHex());
    } catch (const store::StoreError &failure) {
        return failure.message();
    }
    file.reviewer = OsAccount::name();
    file.databaseName = QFileInfo(database.path()).fileName();
    file.exportedAt = QDateTime::currentDateTimeUtc();
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly) || output.write(file.toJson()) < 0 || !output.commit())
        return tr("The notes could not be written to %1: %2").arg(files::shownPath(path), output.errorString());
    if (count)
        *count = int(file.notes.size());
    return {};
}

} // namespace kai::review
