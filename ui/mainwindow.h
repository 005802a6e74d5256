// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QMainWindow>

#include "doctor.h"

class QAction;
class QLabel;
class QTreeView;

namespace Airlock {

class DoctorModel;

/**
 * The workbench's frame: menus, a status bar that always says whether the
 * sandbox is ready, the sandbox readiness panel, and the review area.
 *
 * Runs stay disabled until the pre-flight check passes; it runs in the
 * background at start and on request.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Doctor::Options &doctorOptions = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// True only while the latest pre-flight check passed.
    bool runsEnabled() const;
    DoctorModel *doctorModel() const;
    QString sandboxStatusText() const;

public Q_SLOTS:
    void checkSandbox();

Q_SIGNALS:
    void runsEnabledChanged(bool enabled);
    void sandboxChecked(const Airlock::DoctorReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupDocks();
    void setupStatusBar();
    void applyReport(const DoctorReport &report);
    void showAbout();
    void restoreWindowState();

    Doctor *m_doctor = nullptr;
    DoctorModel *m_doctorModel = nullptr;
    QTreeView *m_doctorView = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    QAction *m_checkSandboxAction = nullptr;
    bool m_runsEnabled = false;
};

} // namespace Airlock
