// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardState.h"
#include "common/ViewPage.h"
#include "export/ExportLanguageScope.h"
#include "export/ExportRenderer.h"
#include "history/ChangesReport.h"
#include "review/ReviewCopyStatus.h"
#include "slides/Slide.h"
#include "slides/SlideTarget.h"

#include <functional>
#include <memory>
#include <vector>

namespace kai::store {
class Database;
}

namespace kai::ui {

// Everything one export is drawn from, kept apart from the window: its own DashboardState on the
// database (so press mode and the language never touch the views on screen), the export's
// language, the as-of date (also used as "today", so the same data draws the same picture) and
// the database checksum for the stamp.
class ExportContext
{
    Q_DECLARE_TR_FUNCTIONS(ExportContext)

public:
    struct Options
    {
        QDate asOf;
        domain::Language language = domain::Language::English;
        ExportProfile profile = ExportProfile::Internal;
    };

    ExportContext(std::unique_ptr<store::Database> database, const Options &options);
    ~ExportContext();

    // A second, read-only connection to the window's database file.
    static std::unique_ptr<ExportContext> openCopy(const QString &databasePath, const Options &options, QString *error);

    const DashboardState &state() const { return m_state; }
    const Options &options() const { return m_options; }
    // Pack and deck: a "changes since" page after the cover (issue 17); none by default.
    const std::optional<history::SincePoint> &changesSince() const { return m_changesSince; }
    void setChangesSince(const std::optional<history::SincePoint> &since) { m_changesSince = since; }
    QString checksum() const { return m_checksum; }
    const review::ReviewCopyStatus &reviewCopy() const { return m_reviewCopy; }
    QPalette palette() const;

    // A fresh view, laid out offscreen at the content size of an export of `logical` size.
    std::unique_ptr<ViewPage> createView(ViewId view, const QSize &logical) const;
    ProvenanceStamp stamp(const QString &title, bool illustrative) const;

    // Runs `work` with tr(), the locale and this context's state in `language`, then puts the
    // export's own language back: a pack measures its slides in the other language this way.
    void inLanguage(domain::Language language, const std::function<void()> &work) const;
    // Gives each slide its twin in the other language (Slide::Twin), so the Korean and English
    // pack or deck lay every slide out for the taller of the two and split tables at the same rows.
    void measureTwins(const std::vector<std::unique_ptr<Slide>> &slides) const;

    // The slide composition of a view or tab, drawn from this context's state.
    std::unique_ptr<Slide> createSlide(const SlideTarget &target) const;
    ExportPage slidePage(const Slide &slide, int page = 0) const;

    // Draws the slide of one view (and tab, round, filters) and writes it; returns an empty
    // string or a translated reason.
    QString exportView(const SlideTarget &target, const ExportSettings &settings, const QString &path) const;
    QImage viewImage(const SlideTarget &target, const QSize &logical, int scale) const;
    // Enters a written export (a view key or "pack") in the database's register when the file can
    // be written; otherwise the export stands and a note is logged.
    void registerExport(const QString &target, const QString &path) const;

private:
    // A translated reason when the target names a round the database does not have.
    QString unknownRound(const SlideTarget &target) const;

    std::optional<history::SincePoint> m_changesSince;
    Options m_options;
    ExportLanguageScope m_languageScope;  // before the state: views are built in this language
    // Mutable for inLanguage() alone, which always puts the language back.
    mutable DashboardState m_state;
    QString m_checksum;
    review::ReviewCopyStatus m_reviewCopy;
};

} // namespace kai::ui
