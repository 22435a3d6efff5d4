// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpu/GpuImportDialog.h"

#include "DashboardState.h"
#include "import/GpuUsageImportJob.h"
#include "import/TabularFile.h"
#include "items/DisplayFormat.h"
#include "store/SqliteConnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace kai::ui {

GpuImportDialog::GpuImportDialog(DashboardState &state, QWidget *parent)
    : QDialog(parent), m_state(state), m_fileLabel(new QLabel(this)), m_fileEdit(new QLineEdit(this)),
      m_browseButton(new QPushButton(this)), m_strictBox(new QCheckBox(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_report(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("gpuImportDialog"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_report->setReadOnly(true);
    m_status->setWordWrap(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_strictBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    resize(720, 460);

    connect(m_browseButton, &QPushButton::clicked, this, &GpuImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString file = QDir::fromNativeSeparators(m_fileEdit->text());
        const QStringList sheets = import::TabularFile::sheetNames(file);
        QString sheet;
        if (sheets.size() > 1) {
            bool chosen = false;
            sheet = QInputDialog::getItem(this, tr("Import GPU usage"),
                                          tr("Sheet of %1 to import:").arg(QFileInfo(file).fileName()), sheets, 0,
                                          false, &chosen);
            if (!chosen)
                return;
        }
        startImport(m_fileEdit->text(), sheet);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GpuImportDialog::reject);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &GpuImportDialog::updateButtons);
    retranslate();
    updateButtons();
}

GpuImportDialog::~GpuImportDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void GpuImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import GPU usage"), m_fileEdit->text(),
                                                      tr("CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void GpuImportDialog::startImport(const QString &csvPath, const QString &sheet)
{
    if (m_worker || !m_state.database() || m_state.isReadOnly())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(csvPath));
    m_cancel = false;
    m_resultShown = false;
    m_report->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    const QString databasePath = m_state.databasePath();
    const QString file = QDir::fromNativeSeparators(csvPath);
    const bool strict = m_strictBox->isChecked();
    // The job opens its own connection on the worker thread (models/import/GpuUsageImportJob).
    m_worker = QThread::create([this, databasePath, file, sheet, strict] {
        import::GpuUsageImportJob job(databasePath, file, strict);
        job.setSheet(sheet);
        job.setCancelFlag(&m_cancel);
        job.setLockWaitHandler([this](int waitedMs, bool givingUp) {
            QMetaObject::invokeMethod(this, [this, waitedMs, givingUp] { onLockWait(waitedMs, givingUp); },
                                      Qt::QueuedConnection);
        });
        job.setProgressHandler([this](qint64 done, qint64 total, qint64 rows) {
            QMetaObject::invokeMethod(this, [this, done, total, rows] { onProgress(done, total, rows); },
                                      Qt::QueuedConnection);
        });
        // Shown while the job still copies the import into the database file.
        job.setResultHandler([this](const import::GpuUsageImportResult &result) {
            QMetaObject::invokeMethod(this, [this, result] { onResult(result); }, Qt::QueuedConnection);
        });
        job.run();
    });
    connect(m_worker, &QThread::finished, this, &GpuImportDialog::onFinished, Qt::QueuedConnection);
    m_worker->start();
    updateButtons();
}

void GpuImportDialog::onProgress(qint64 done, qint64 total, qint64 rows)
{
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    m_status->setText(tr("Importing… %1 rows read").arg(DisplayFormat(m_state.language()).integer(rows)));
}

void GpuImportDialog::onLockWait(int waitedMs, bool givingUp)
{
    if (givingUp) {
        m_status->setText(tr("Another program kept the database locked for %1 s; giving up.").arg(waitedMs / 1000));
        return;
    }
    m_status->setText(tr("Another program is writing to the database; waiting for it to finish (%1 s of %2 s)…")
                          .arg(waitedMs / 1000)
                          .arg(store::SqliteConnection::WriterWaitMs / 1000));
}

void GpuImportDialog::onResult(const import::GpuUsageImportResult &result)
{
    m_result = result;
    m_resultShown = true;
    showResult();
    updateButtons();
    if (m_result.committed())
        m_state.reload();
}

void GpuImportDialog::onFinished()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    // The result arrived through a queued call posted before the thread finished: it is shown.
    updateButtons();
    emit importFinished();
}

void GpuImportDialog::showResult()
{
    const DisplayFormat fmt(m_state.language());
    if (m_result.committed()) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Imported %1 rows; %2 were already present; %3 invalid rows skipped.")
                              .arg(fmt.integer(m_result.inserted), fmt.integer(m_result.duplicates),
                                   fmt.integer(m_result.skipped)));
    } else {
        m_status->setText(m_result.error);
    }
    QStringList lines;
    for (const import::ImportIssue &issue : m_result.issues) {
        lines.append(tr("Line %1%2: %3")
                         .arg(issue.line)
                         .arg(issue.column.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(issue.column),
                              issue.reason));
    }
    if (m_result.issuesNotListed > 0)
        lines.append(tr("… and %1 more").arg(m_result.issuesNotListed));
    if (!m_result.reportPath.isEmpty())
        lines.append(tr("Report written to %1").arg(QDir::toNativeSeparators(m_result.reportPath)));
    if (!m_result.reportError.isEmpty())
        lines.append(m_result.reportError);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
}

QString GpuImportDialog::reportText() const
{
    return m_report->toPlainText();
}

void GpuImportDialog::reject()
{
    // While importing, Cancel/Escape stops the import (the database stays as it was) instead of
    // closing a dialog whose worker is still writing. Once the result is shown there is nothing to
    // cancel: the dialog closes and the worker finishes its checkpoint on its own.
    if (m_worker && !m_resultShown) {
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void GpuImportDialog::updateButtons()
{
    const bool running = m_worker != nullptr;
    const bool writable = m_state.database() && !m_state.isReadOnly();
    m_importButton->setEnabled(!running && writable && !m_fileEdit->text().isEmpty());
    m_browseButton->setEnabled(!running);
    m_strictBox->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running && !m_resultShown ? tr("Cancel") : tr("Close"));
    if (!writable && !running)
        m_status->setText(tr("The open database is read-only; open a writable one to import."));
}

void GpuImportDialog::retranslate()
{
    setWindowTitle(tr("Import GPU usage"));
    m_fileLabel->setText(tr("CSV or XLSX &file:"));
    m_browseButton->setText(tr("&Browse…"));
    m_strictBox->setText(tr("&Strict: import nothing if any row is invalid"));
    m_importButton->setText(tr("&Import"));
    m_fileEdit->setAccessibleName(tr("CSV or XLSX file to import"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_report->setAccessibleName(tr("Import report"));
    updateButtons();
}

void GpuImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kai::ui
