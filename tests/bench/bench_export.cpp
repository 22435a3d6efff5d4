// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long exports take on the sample database: each view to PNG (1920×1080 at 1× and 2×),
// SVG and PDF, the briefing pack, and the database checksum. Run by hand, offscreen.
#include "GuiSession.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/ViewFactory.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kai;
using namespace kai::ui;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    app::GuiSession::applyApplicationFont();
    QTemporaryDir folder;
    const QString database = folder.filePath(QStringLiteral("sample.sqlite"));
    if (!store::Database::createSample(database))
        return 1;
    QTextStream out(stdout);
    const auto open = [&] {
        return std::move(store::Database::open(database, {true, false}).database);
    };

    QElapsedTimer timer;
    {
        auto connection = open();
        timer.start();
        const QString checksum = store::DatabaseFingerprint(connection->connection()).shortHex();
        out << QStringLiteral("database checksum %1: %2 ms\n").arg(checksum).arg(timer.elapsed());
    }
    const ExportContext context(open(), {QDate(2026, 6, 1), domain::Language::Korean, ExportProfile::Internal});
    struct Case
    {
        const char *name;
        ExportFormat format;
        int scale;
    };
    for (const Case &item : {Case{"png 1x", ExportFormat::Png, 1}, Case{"png 2x", ExportFormat::Png, 2},
                             Case{"svg", ExportFormat::Svg, 1}, Case{"pdf", ExportFormat::Pdf, 1}}) {
        for (int view = 0; view < ViewCount; ++view) {
            ExportSettings settings;
            settings.format = item.format;
            settings.scale = item.scale;
            const QString path = folder.filePath(ViewFactory::key(ViewId(view)) + QLatin1Char('.')
                                                 + ExportSettings::suffix(item.format));
            timer.start();
            const QString error = context.exportView(ViewId(view), settings, path);
            out << QStringLiteral("%1 %2 1920x1080: %3 ms %4\n")
                       .arg(QLatin1String(item.name), ViewFactory::key(ViewId(view)))
                       .arg(timer.elapsed())
                       .arg(error);
        }
    }
    timer.start();
    const BriefingPack pack(context);
    const QString error = pack.write(folder.filePath(QStringLiteral("pack.pdf")));
    out << QStringLiteral("briefing pack (%1 pages): %2 ms %3\n").arg(pack.pageCount()).arg(timer.elapsed()).arg(error);
    return 0;
}
