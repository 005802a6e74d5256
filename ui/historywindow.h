// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Airlock {

class HistoryView;

/// A window of its own for browsing any audit trail read-only, such as one
/// copied from another machine (File ▸ Open Audit Trail…, `airlock --audit`).
class HistoryWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit HistoryWindow(QWidget *parent = nullptr);
    ~HistoryWindow() override;

    bool openTrail(const QString &path, QString *error = nullptr);
    HistoryView *view() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    HistoryView *m_view;
    QLabel *m_verified = nullptr;
};

} // namespace Airlock
