// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/GpuUsageImportResult.h"

#include <QDialog>
#include <atomic>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace kai {
class DashboardState;
}

namespace kai::ui {

// File → Import GPU usage…: picks a CSV or an .xlsx workbook (and its sheet), imports it on a worker thread with its own connection to
// the open database (the window stays responsive), shows progress with Cancel, then the report.
// Cancel or an error leaves the database as it was; afterwards the dashboard reloads its figures.
class GpuImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GpuImportDialog(DashboardState &state, QWidget *parent = nullptr);
    ~GpuImportDialog() override;

    // Starts importing the file (also used by tests instead of the file chooser); sheet names the
    // sheet of a workbook (empty: the first).
    void startImport(const QString &csvPath, const QString &sheet = QString());
    bool isRunning() const { return m_worker != nullptr; }
    QString reportText() const;
    const import::GpuUsageImportResult &lastResult() const { return m_result; }

signals:
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void chooseFile();
    void onProgress(qint64 done, qint64 total, qint64 rows);
    void onLockWait(int waitedMs, bool givingUp);
    void onResult(const import::GpuUsageImportResult &result);
    void onFinished();
    void showResult();
    void updateButtons();
    void retranslate();

    DashboardState &m_state;
    QLabel *m_fileLabel;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QCheckBox *m_strictBox;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_report;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QThread *m_worker = nullptr;
    bool m_resultShown = false;  // the worker only tidies up (the checkpoint): nothing left to cancel
    std::atomic<bool> m_cancel = false;
    import::GpuUsageImportResult m_result;
};

} // namespace kai::ui
