// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportContext.h"
#include "export/XlsxExport.h"

#include "export/ExportFont.h"
#include "export/ViewFactory.h"
#include "slides/SlideFactory.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/ExportRegisterStore.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>
#include <spdlog/spdlog.h>

namespace kai::ui {

ExportContext::ExportContext(std::unique_ptr<store::Database> database, const Options &options)
    : m_options(options), m_languageScope(options.language)
{
    m_state.setLanguage(options.language);
    m_state.setPressMode(options.profile == ExportProfile::Press);
    if (options.asOf.isValid())
        m_state.setAsOf(options.asOf);
    // "Today" is the as-of date: a today marker must not make tomorrow's export differ.
    m_state.setTodayOverride(m_state.asOf());
    if (database) {
        try {
            const QByteArray sha256 = store::DatabaseFingerprint(database->sql()).sha256();
            m_checksum = QString::fromLatin1(sha256.toHex().left(8));
            if (!database->isServer())
                m_reviewCopy = review::ReviewCopyStatus::of(database->connection(), sha256);
        } catch (const store::StoreError &) {
            m_checksum.clear();  // the stamp then says "none"; the snapshot load reports the error
        }
    }
    m_state.setDatabase(std::move(database));
}

ExportContext::~ExportContext() = default;

std::unique_ptr<ExportContext> ExportContext::openCopy(const QString &databasePath, const Options &options,
                                                       QString *error)
{
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    store::Database::OpenResult opened = store::Database::open(databasePath, openOptions);
    if (!opened) {
        if (error)
            *error = opened.error;
        return nullptr;
    }
    return std::make_unique<ExportContext>(std::move(opened.database), options);
}

void ExportContext::inLanguage(domain::Language language, const std::function<void()> &work) const
{
    {
        const ExportLanguageScope scope(language);
        m_state.setLanguage(language);
        work();
    }
    m_state.setLanguage(m_options.language);
}

void ExportContext::measureTwins(const std::vector<std::unique_ptr<Slide>> &slides) const
{
    const domain::Language own = m_options.language;
    const domain::Language other = own == domain::Language::Korean ? domain::Language::English : domain::Language::Korean;
    std::vector<Slide::Twin> twins;
    twins.reserve(slides.size());
    inLanguage(other, [&] {
        for (const std::unique_ptr<Slide> &slide : slides)
            twins.push_back(slide->twin());
    });
    for (std::size_t i = 0; i < slides.size(); ++i)
        slides[i]->setTwin(std::move(twins[i]));
}

QPalette ExportContext::palette() const
{
    // Press material is always light, whatever the window's theme.
    if (m_options.profile == ExportProfile::Press)
        return QApplication::style()->standardPalette();
    return QApplication::palette();
}

std::unique_ptr<ViewPage> ExportContext::createView(ViewId view, const QSize &logical) const
{
    std::unique_ptr<ViewPage> page(ViewFactory::create(view, m_state));
    if (!page)
        return nullptr;
    page->setPalette(palette());
    QFont font = page->font();
    font.setFamilies(ExportFont::families());
    page->setFont(font);
    ExportRenderer::layOut(*page, ExportRenderer::contentSize(logical));
    return page;
}

ProvenanceStamp ExportContext::stamp(const QString &title, bool illustrative) const
{
    ProvenanceStamp stamp;
    stamp.title = title;
    stamp.asOf = m_state.asOf();
    stamp.language = m_options.language;
    stamp.profile = m_options.profile;
    stamp.checksum = m_checksum;
    stamp.reviewCopy = m_reviewCopy.text(m_options.language);
    stamp.reviewCopyModified = m_reviewCopy.isModified();
    stamp.illustrative = illustrative;
    return stamp;
}

std::unique_ptr<Slide> ExportContext::createSlide(const SlideTarget &target) const
{
    return SlideFactory::create(target, m_state);
}

ExportPage ExportContext::slidePage(const Slide &slide, int page) const
{
    return ExportPage::forSlide(slide, page, stamp(slide.title(), slide.showsIllustrativeData()), palette());
}

QString ExportContext::unknownRound(const SlideTarget &target) const
{
    if (target.roundCode.isEmpty())
        return {};
    QStringList codes;
    for (const domain::Stage &stage : m_state.snapshot().stages) {
        if (!stage.isRound())
            continue;
        if (stage.code.compare(target.roundCode, Qt::CaseInsensitive) == 0)
            return {};
        codes << stage.code;
    }
    return tr("Unknown round '%1'; use %2.").arg(target.roundCode, codes.join(QStringLiteral(", ")));
}

QString ExportContext::exportView(const SlideTarget &target, const ExportSettings &settings, const QString &path) const
{
    if (const QString invalid = settings.validate(); !invalid.isEmpty())
        return invalid;
    if (const QString unknown = unknownRound(target); !unknown.isEmpty())
        return unknown;
    if (settings.format == ExportFormat::Xlsx)  // the view's tables, not a picture of them
        return XlsxExport(*this).write(target, path);
    const std::unique_ptr<Slide> slide = createSlide(target);
    if (!slide)
        return tr("Unknown view.");
    return ExportRenderer::write(slidePage(*slide), settings, path);
}

QImage ExportContext::viewImage(const SlideTarget &target, const QSize &logical, int scale) const
{
    const std::unique_ptr<Slide> slide = createSlide(target);
    if (!slide)
        return {};
    return ExportRenderer::image(slidePage(*slide), logical, scale);
}

void ExportContext::registerExport(const QString &target, const QString &path) const
{
    const history::ExportRecord record{QDateTime::currentDateTimeUtc(),
                                       target,
                                       m_options.language == domain::Language::Korean ? QStringLiteral("ko") : QStringLiteral("en"),
                                       m_options.profile == ExportProfile::Press ? QStringLiteral("press") : QStringLiteral("internal"),
                                       m_state.asOf(),
                                       m_checksum.isEmpty() ? QStringLiteral("none") : m_checksum,
                                       QFileInfo(path).fileName()};
    // A file is reopened for writing just for this; a server's connection already may write, or not.
    store::Database *database = m_state.database();
    const auto registration = database && database->isServer()
        ? store::ExportRegisterStore::recordIn(*database, record)
        : store::ExportRegisterStore::recordInFile(m_state.databasePath(), record);
    if (registration.recorded)
        spdlog::info("export registered: {} {}", target.toStdString(), record.fileName.toStdString());
    else
        spdlog::info("export not registered: {}", registration.note.toStdString());
}

} // namespace kai::ui
